using ChatSwarm.Cli.Run;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Tests.Parsing;

/// <summary>Every typed option rejects a bad value while the command line is parsed: one line naming the option and what is expected, exit code 2.</summary>
public sealed class TypedOptionTests
{
    [Theory]
    [InlineData("run --sessions 0", "chatswarm run: --sessions: expected a whole number of sessions of at least 1, got '0'")]
    [InlineData("run --sessions many", "chatswarm run: --sessions: expected a whole number of sessions of at least 1, got 'many'")]
    [InlineData("run --sessions -5", "chatswarm run: --sessions: expected a whole number of sessions of at least 1, got '-5'")]
    [InlineData("run --duration 5", "chatswarm run: --duration: expected a duration such as 500ms, 1.5s, 2m or 1h, got '5'")]
    [InlineData("run --duration 0s", "chatswarm run: --duration: expected a duration from 1ms to 8784h, got '0s'")]
    [InlineData("run --duration 100000h", "chatswarm run: --duration: expected a duration from 1ms to 8784h, got '100000h'")]
    [InlineData("run --seed x", "chatswarm run: --seed: expected a whole number, got 'x'")]
    [InlineData("run --tenant ftp://x", "chatswarm run: --tenant: expected an absolute http:// or https:// URL, got 'ftp://x'")]
    [InlineData("run --tenant-url \" \"", "chatswarm run: --tenant-url: expected the tenant's host name")]
    [InlineData("run --app-id \"\"", "chatswarm run: --app-id: expected the Messaging/Chat scenario entry's unique id")]
    [InlineData("run --out \" \"", "chatswarm run: --out: expected a folder path")]
    [InlineData("run --proxy nope", "chatswarm run: --proxy: expected an http:// proxy URL such as http://proxy.example.com:3128, got 'nope'")]
    [InlineData("run --workers 0", "chatswarm run: --workers: expected a whole number of workers from 1 to 1000, got '0'")]
    [InlineData("run --workers 2 --listen 127.0.0.1", "chatswarm run: --listen: expected HOST:PORT")]
    [InlineData("run --join-timeout soon", "chatswarm run: --join-timeout: expected a duration such as 500ms, 1.5s, 2m or 1h, got 'soon'")]
    [InlineData("run --metrics-listen 9464", "chatswarm run: --metrics-listen: expected HOST:PORT such as 127.0.0.1:9464, got '9464'")]
    [InlineData("run --web example.com:80", "chatswarm run: --web: expected an IP address, localhost or * as the host, got 'example.com:80'")]
    [InlineData("run --otlp ftp://x", "chatswarm run: --otlp: expected an absolute http:// or https:// OTLP/HTTP endpoint such as http://127.0.0.1:4318, got 'ftp://x'")]
    [InlineData("run --web-linger forever", "chatswarm run: --web-linger: expected a duration such as 500ms, 1.5s, 2m or 1h, got 'forever'")]
    [InlineData("worker --join 10.0.0.5", "chatswarm worker: --join: expected HOST:PORT")]
    [InlineData("worker --join 10.0.0.5:4053 --tenant ftp://x", "chatswarm worker: --tenant: expected an absolute http:// or https:// URL, got 'ftp://x'")]
    [InlineData("simulate --agents many", "chatswarm simulate: --agents: expected a whole number from 0 to 100000, got 'many'")]
    [InlineData("simulate --chats-per-agent 0", "chatswarm simulate: --chats-per-agent: expected a whole number from 1 to 1000, got '0'")]
    [InlineData("simulate --poll-hold 10", "chatswarm simulate: --poll-hold: expected a duration such as 500ms, 1.5s, 2m or 1h, got '10'")]
    [InlineData("simulate --poll-hold 10m", "chatswarm simulate: --poll-hold: expected a duration from 1ms to 5m, got '10m'")]
    [InlineData("simulate --urls ftp://host", "chatswarm simulate: --urls: expected http://host:port such as http://127.0.0.1:8080, got 'ftp://host'")]
    [InlineData("simulate --faults none.yaml", "chatswarm simulate: --faults: 'none.yaml' does not exist; expected a fault plan YAML file")]
    [InlineData("bot s.yaml --timeout 0s", "chatswarm bot: --timeout: expected a duration of at least 1ms, got '0s'")]
    [InlineData("bot s.yaml --seed many", "chatswarm bot: --seed: expected a whole number, got 'many'")]
    [InlineData("bot s.yaml --tenant ftp://x --app-id a", "chatswarm bot: --tenant: expected an absolute http:// or https:// URL such as https://yourcompany.brightpattern.com, got 'ftp://x'")]
    [InlineData("compare a b --max-regression lots", "chatswarm report compare: --max-regression: 'lots' is not a percentage; expected a number of 0 or more such as 10 or 10%")]
    public async Task Command_BadOptionValue_OneLineNamingTheOptionExitTwo(string commandLine, string expectedStart)
    {
        var args = Split(commandLine);
        if (args[0] == "compare")
        {
            args = ["report", .. args];
        }

        var (exit, output, error) = await CliHarness.InvokeAsync(Path.GetTempPath(), args);

        Assert.True(exit == 2, $"exit {exit}; stderr {error}; stdout {output}");
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(expectedStart, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GoodValues_TypedValues()
    {
        var root = CliApp.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, false, default, default, "/work/x", "/work/x"));

        var result = root.Parse(
            ["run", "--sessions", "25", "--duration", "1.5m", "--seed", "-7", "--tenant", "https://t.example.com/", "--out", "runs", "--junit", "j.xml",
             "--workers", "3", "--listen", "10.0.0.5:4053", "--web", "127.0.0.1:5665", "--web-linger", "2m"]);

        Assert.Empty(result.Errors);
        Assert.Equal(25, result.GetValue<int?>("--sessions"));
        Assert.Equal(TimeSpan.FromSeconds(90), result.GetValue<TimeSpan?>("--duration"));
        Assert.Equal(-7, result.GetValue<int?>("--seed"));
        Assert.Equal(new Uri("https://t.example.com/"), result.GetValue<Uri?>("--tenant"));
        Assert.Equal(Path.GetFullPath("/work/x/runs"), result.GetValue<DirectoryInfo?>("--out")!.FullName);
        Assert.Equal(Path.GetFullPath("/work/x/j.xml"), result.GetValue<FileInfo?>("--junit")!.FullName);
        Assert.Equal(3, result.GetValue<int?>("--workers"));
        Assert.Equal(new ClusterEndpoint("10.0.0.5", 4053), result.GetValue<ClusterEndpoint?>("--listen"));
        Assert.Equal(new ListenAddress("127.0.0.1", 5665), result.GetValue<ListenAddress?>("--web"));
        Assert.Equal(TimeSpan.FromMinutes(2), result.GetValue<TimeSpan?>("--web-linger"));
    }

    [Fact]
    public void Parse_OptionsLeftOut_Null()
    {
        var root = CliApp.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, false, default, default, "/work/x", "/work/x"));

        var result = root.Parse(["run"]);

        Assert.Empty(result.Errors);
        Assert.Null(result.GetValue<int?>("--sessions"));
        Assert.Null(result.GetValue<TimeSpan?>("--duration"));
        Assert.Null(result.GetValue<Uri?>("--tenant"));
    }

    private static string[] Split(string commandLine)
    {
        // Quoted parts ("" or " ") stand for empty or blank values.
        var parts = new List<string>();
        foreach (var piece in System.Text.RegularExpressions.Regex.Matches(commandLine, "\"[^\"]*\"|\\S+"))
        {
            var text = piece.ToString()!;
            parts.Add(text.StartsWith('"') ? text[1..^1] : text);
        }

        return [.. parts];
    }
}
