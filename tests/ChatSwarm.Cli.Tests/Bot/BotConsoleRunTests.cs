using ChatSwarm.Cli.Bot;

namespace ChatSwarm.Cli.Tests.Bot;

public sealed class BotConsoleRunTests
{
    [Fact]
    public void TryLoad_InvalidScript_WritesEveryErrorAndReturnsNull()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "conversation:\n  - sya: hi\n  - wait: soon\n");
        try
        {
            using var error = new StringWriter();

            var script = BotConsoleRun.TryLoad(path, error);

            Assert.Null(script);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, l => Assert.StartsWith(path + ":", l));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
