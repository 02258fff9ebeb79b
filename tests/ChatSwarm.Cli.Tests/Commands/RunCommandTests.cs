namespace ChatSwarm.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-cli-").FullName;

    [Theory]
    [InlineData("--sessions", "abc", "chatswarm run: --sessions: expected a whole number of sessions of at least 1, got 'abc'")]
    [InlineData("--sessions", "0", "chatswarm run: --sessions: expected a whole number of sessions of at least 1, got '0'")]
    [InlineData("--seed", "x1", "chatswarm run: --seed: expected a whole number, got 'x1'")]
    [InlineData("--tenant", "not a url", "chatswarm run: --tenant: expected an absolute http:// or https:// URL, got 'not a url'")]
    public async Task Run_BadOptionValue_OneLineErrorAndExitCode2(string option, string value, string expected)
    {
        var (exit, output, error) = await CliHarness.InvokeAsync(_directory, "run", option, value);

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.TrimEnd());
        Assert.Equal("", output);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task Run_BadDuration_NamesTheOptionAndTheExpectedForm()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "--duration", "5 parsecs");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("chatswarm run: --duration: expected a duration such as 500ms", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownOption_OneLineErrorAndExitCode2()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "--bogus");

        Assert.Equal(2, exit);
        Assert.Equal("chatswarm run: unknown option '--bogus'; see 'chatswarm run --help'", error.TrimEnd());
    }

    [Fact]
    public async Task Run_OptionWithoutValue_OneLineErrorAndExitCode2()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "--sessions");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("chatswarm run: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingProfile_SaysWhereItLooked()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "nope.yaml");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("chatswarm run: load profile 'nope.yaml' not found; looked at ", line, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_directory, "nope.yaml"), line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidProfile_EveryErrorIsOneLineWithFileLineAndColumn()
    {
        var path = Path.Combine(_directory, "bad.yaml");
        await File.WriteAllTextAsync(path, "name: bad\nphases:\n  - constant: {sessions: 5, duration: 10s}\ncolour: blue\n");

        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", path);

        Assert.Equal(2, exit);
        var lines = error.TrimEnd().Split('\n');
        Assert.All(lines, l => Assert.StartsWith("chatswarm run: " + path + ":4:", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("colour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownCommand_OneLineErrorAndExitCode2()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "explode");

        Assert.Equal(2, exit);
        Assert.StartsWith("chatswarm: ", Assert.Single(error.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheRunOptions()
    {
        var (exit, output, _) = await CliHarness.InvokeAsync(_directory, "run", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--tenant", "--tenant-url", "--app-id", "--sessions", "--duration", "--out", "--seed" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RootHelp_ListsEveryCommand()
    {
        var (exit, output, _) = await CliHarness.InvokeAsync(_directory, "--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "run", "simulate", "report", "bot" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", output);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
