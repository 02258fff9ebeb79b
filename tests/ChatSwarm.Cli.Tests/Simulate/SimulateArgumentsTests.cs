using ChatSwarm.Cli.Simulate;

namespace ChatSwarm.Cli.Tests.Simulate;

public sealed class SimulateArgumentsTests
{
    [Fact]
    public void TryCreateOptions_NoOptions_UsesDefaults()
    {
        var args = new SimulateArguments();

        var ok = args.TryCreateOptions(out var options, out var error);

        Assert.True(ok, error);
        Assert.Equal(["http://127.0.0.1:8080"], args.ListenUrls);
        Assert.Equal(50, options.Agents);
        Assert.Equal(TimeSpan.FromSeconds(10), options.PollHold);
    }

    [Fact]
    public void TryCreateOptions_AllOptions_AppliesThem()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-faults-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(path, "rules:\n  - method: \"*\"\n    fault: 429\n    probability: 0.1\n");
        try
        {
            var args = new SimulateArguments(SimulateArguments.ParseUrls("http://127.0.0.1:9001;http://127.0.0.1:9002"), 10, 4, TimeSpan.FromMilliseconds(500), new FileInfo(path), 42);

            var ok = args.TryCreateOptions(out var options, out var error);

            Assert.True(ok, error);
            Assert.Equal(["http://127.0.0.1:9001", "http://127.0.0.1:9002"], args.ListenUrls);
            Assert.Equal((10, 4, 42), (options.Agents, options.ChatsPerAgent, options.Seed));
            Assert.Equal(TimeSpan.FromMilliseconds(500), options.PollHold);
            Assert.Single(options.Faults.Rules);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ftp://host", "expected http://host:port such as http://127.0.0.1:8080, got 'ftp://host'")]
    [InlineData(" ; ", "expected one or more URLs like http://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:1/path", "expected http://host:port such as http://127.0.0.1:8080, got 'http://127.0.0.1:1/path'")]
    public void ParseUrls_BadValue_SaysWhatIsExpected(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => SimulateArguments.ParseUrls(text));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void TryCreateOptions_BadFaultFile_ReturnsFileLineColumnError()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-bad-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(path, "rules:\n  - method: nowhere\n    fault: 429\n");
        try
        {
            var ok = new SimulateArguments(Faults: new FileInfo(path)).TryCreateOptions(out _, out var error);

            Assert.False(ok);
            Assert.StartsWith($"{path}:2:13: unknown method 'nowhere'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
