using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Testing;

/// <summary>Builds scripts from inline YAML, with a temp folder holding files/ and utterances/.</summary>
public sealed class Scripts : IDisposable
{
    public Scripts()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chatswarm-bots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "files"));
        Directory.CreateDirectory(Path.Combine(Folder, "utterances"));
        File.WriteAllBytes(Path.Combine(Folder, "files", "pic.png"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 });
        File.WriteAllLines(Path.Combine(Folder, "utterances", "greetings.txt"), ["# greetings", "Hi {{customer.first_name}}", "", "Hello there"]);
    }

    public string Folder { get; }

    public BotScript Parse(string yaml) => BotScriptLoader.Parse(yaml, "t.yaml", Folder);

    public IReadOnlyList<string> Errors(string yaml)
    {
        var ex = Assert.Throws<BotScriptException>(() => Parse(yaml));
        return ex.Errors;
    }

    public static BotConversationOptions Options(int index = 0) => new()
    {
        Seed = 42,
        CustomerIndex = index,
        TimeProvider = TestClock.Create(),
        DefaultThinkTime = DelayDistribution.Constant(TimeSpan.FromSeconds(1)),
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
