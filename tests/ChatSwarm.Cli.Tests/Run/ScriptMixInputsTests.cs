namespace ChatSwarm.Cli.Tests.Run;

/// <summary><c>chatswarm run</c> refuses bad data feeds and bot-check thresholds before any session starts.</summary>
public sealed class ScriptMixInputsTests : IDisposable
{
    private const string Phases = "phases:\n  - constant: {sessions: 1, duration: 1s}\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-mix-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_FeedWithBadRow_ExitTwoNamingFileAndLine()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "customers.csv"), "first_name,email\nAda,ada@example.com\nGrace\n");
        await File.WriteAllTextAsync(Path.Combine(_directory, "p.yaml"), Phases + "customers: {file: customers.csv}\n");

        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "p.yaml");

        Assert.Equal(2, exit);
        Assert.Contains($"customers.csv:3: 1 fields; expected 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BotCheckThresholdForUnknownScript_ExitTwo()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "p.yaml"), Phases + $"mix: ['{Path.Combine(AppContext.BaseDirectory, "bots", "greeting-and-question.yaml")}']\nthresholds: ['rate(bot_checks:nope) > 99%']\n");

        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "p.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("names script 'nope', which is not in the mix; expected one of greeting-and-question", error, StringComparison.Ordinal);
    }
}
