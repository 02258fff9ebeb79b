using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Tests.TestSupport;
using ChatSwarm.Testing;

namespace ChatSwarm.Bots.Tests.Scripting;

public sealed class ShippedScriptsTests
{
    public static TheoryData<string> Names => new() { "greeting-and-question", "contact-form", "file-sender", "survey", "chatty", "case" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_ShippedScript_IsValidAndNamedAfterItsFile(string name)
    {
        var script = BotScriptLoader.Load(RepoPaths.Script(name));

        Assert.Equal(name, script.Name);
        Assert.True(script.StepCount > 0);
    }

    [Fact]
    public void Files_ShippedSamples_AreSmallRealFiles()
    {
        var png = File.ReadAllBytes(Path.Combine(RepoPaths.BotsFolder, "files", "screenshot.png"));
        var pdf = File.ReadAllBytes(Path.Combine(RepoPaths.BotsFolder, "files", "receipt.pdf"));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.All(Directory.GetFiles(Path.Combine(RepoPaths.BotsFolder, "files")), f => Assert.True(new FileInfo(f).Length < 64 * 1024, f));
    }
}
