using ChatSwarm.Cli.Commands;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Cli.Tests.Commands;

public sealed class ReportCompareCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-compare-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Compare_SameRun_ExitsZeroAndWritesFilesBesideNew()
    {
        await WriteAsync("base", p95: 100);
        await WriteAsync("new", p95: 105);

        var (exit, _, _) = await CliHarness.InvokeAsync(_directory, "report", "compare", Path.Combine(_directory, "base"), Path.Combine(_directory, "new"));

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(_directory, "new", "compare.html")));
        Assert.True(File.Exists(Path.Combine(_directory, "new", "compare.md")));
    }

    [Fact]
    public async Task Compare_P95BeyondLimit_ExitsOne()
    {
        await WriteAsync("base", p95: 100);
        await WriteAsync("new", p95: 130);

        var (exit, _, _) = await CliHarness.InvokeAsync(_directory, "report", "compare", Path.Combine(_directory, "base"), Path.Combine(_directory, "new", "report.json"), "--max-regression", "20%");

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Compare_P95WithinRaisedLimit_ExitsZero()
    {
        await WriteAsync("base", p95: 100);
        await WriteAsync("new", p95: 130);

        var (exit, _, _) = await CliHarness.InvokeAsync(_directory, "report", "compare", Path.Combine(_directory, "base"), Path.Combine(_directory, "new"), "--max-regression", "50");

        Assert.Equal(0, exit);
    }

    [Theory]
    [InlineData("one-run-only")]
    [InlineData("missing-base")]
    [InlineData("bad-limit")]
    public async Task Compare_BadInput_ExitsTwo(string mistake)
    {
        await WriteAsync("new", p95: 100);
        string[] args = mistake switch
        {
            "one-run-only" => ["report", "compare", Path.Combine(_directory, "new")],
            "missing-base" => ["report", "compare", Path.Combine(_directory, "absent"), Path.Combine(_directory, "new")],
            _ => ["report", "compare", Path.Combine(_directory, "new"), Path.Combine(_directory, "new"), "--max-regression", "ten"],
        };

        var (exit, _, _) = await CliHarness.InvokeAsync(_directory, args);

        Assert.Equal(2, exit);
    }

    private Task WriteAsync(string name, double p95)
    {
        var latency = new LatencyStats { Count = 100, Min = p95 / 4, Mean = p95 / 2, P50 = p95 / 2, P75 = p95 * 0.8, P95 = p95, P99 = p95 * 1.2, P999 = p95 * 1.5, Max = p95 * 2 };
        var report = new RunReport
        {
            Run = new RunInfo { Id = name, Profile = "smoke", DurationS = 10 },
            Sessions = new SessionStats { Started = 10, Completed = 10 },
            Steps = [new StepStats { Name = "send_events", Ok = 100, Rps = 10, LatencyMs = latency }],
        };
        return ReportWriter.WriteAllAsync(report, Path.Combine(_directory, name), null, CancellationToken.None);
    }
}
