namespace ChatSwarm.Simulator.Tests.CommandLine;

public sealed class SimulateArgumentParserTests
{
    private static SimulateArguments None => new(null, null, null, null, null, null);

    [Fact]
    public void TryParse_NoOptions_UsesDefaults()
    {
        var ok = SimulateArgumentParser.TryParse(None, out var options, out var urls, out var error);

        Assert.True(ok, error);
        Assert.Equal(["http://127.0.0.1:8080"], urls);
        Assert.Equal(50, options.Agents);
        Assert.Equal(TimeSpan.FromSeconds(10), options.PollHold);
    }

    [Fact]
    public void TryParse_AllOptions_AppliesThem()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-faults-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(path, "rules:\n  - method: \"*\"\n    fault: 429\n    probability: 0.1\n");
        try
        {
            var ok = SimulateArgumentParser.TryParse(new SimulateArguments("http://127.0.0.1:9001;http://127.0.0.1:9002", "10", "4", "500ms", path, "42"), out var options, out var urls, out var error);

            Assert.True(ok, error);
            Assert.Equal(["http://127.0.0.1:9001", "http://127.0.0.1:9002"], urls);
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
    [InlineData("--agents", "many", "--agents: expected a whole number from 0 to 100000, got 'many'")]
    [InlineData("--chats-per-agent", "0", "--chats-per-agent: expected a whole number from 1 to 1000, got '0'")]
    [InlineData("--poll-hold", "10", "--poll-hold: '10' has no unit; expected a duration such as 500ms, 1.5s, 2m or 1h")]
    [InlineData("--poll-hold", "10m", "--poll-hold: expected a duration from 1ms to 5m, got '10m'")]
    [InlineData("--seed", "x", "--seed: expected a whole number, got 'x'")]
    [InlineData("--urls", "ftp://host", "--urls: expected http://host:port such as http://127.0.0.1:8080, got 'ftp://host'")]
    [InlineData("--faults", "/no/such/faults.yaml", "--faults: file '/no/such/faults.yaml' does not exist")]
    public void TryParse_BadValue_ReturnsOneLineErrorNamingOption(string option, string value, string expected)
    {
        var args = option switch
        {
            "--agents" => None with { Agents = value },
            "--chats-per-agent" => None with { ChatsPerAgent = value },
            "--poll-hold" => None with { PollHold = value },
            "--seed" => None with { Seed = value },
            "--urls" => None with { Urls = value },
            _ => None with { Faults = value },
        };

        var ok = SimulateArgumentParser.TryParse(args, out _, out _, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_BadFaultFile_ReturnsFileLineColumnError()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-bad-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(path, "rules:\n  - method: nowhere\n    fault: 429\n");
        try
        {
            var ok = SimulateArgumentParser.TryParse(None with { Faults = path }, out _, out _, out var error);

            Assert.False(ok);
            Assert.StartsWith($"{path}:2:13: unknown method 'nowhere'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
