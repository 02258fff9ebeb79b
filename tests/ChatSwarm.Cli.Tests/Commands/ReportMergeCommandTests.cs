using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Cli.Tests.Commands;

public sealed class ReportMergeCommandTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-merge-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Merge_ShardFailedAloneButRunHeld_ThresholdCheckedOnMergedCounts()
    {
        // Shard b alone fails error_rate < 1% (3 of 50); the whole run (8 of 1,050) holds.
        await WriteShardAsync("a", ok: 995, fail: 5, active: [400, 100]);
        await WriteShardAsync("b", ok: 47, fail: 3, active: [50, 300]);

        var (exit, output, error) = await CliHarness.InvokeAsync(_directory, "report", "merge", "a", "b", "--out", "merged");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.EndsWith("report.html", output.Trim(), StringComparison.Ordinal);
        var merged = await ReportReader.ReadAsync(Path.Combine(_directory, "merged", "report.json"), CancellationToken.None);
        var threshold = Assert.Single(merged.Thresholds);
        Assert.True(threshold.Held);
        Assert.Equal(100.0 * 8 / 1050, threshold.Value!.Value, 5);
        Assert.Equal(450, merged.Sessions.PeakConcurrent);
        Assert.Equal(["a", "b"], merged.Workers.Select(w => w.Name));
        Assert.Equal([1000L, 50], merged.Workers.Select(w => w.Requests));
        Assert.Contains("Workers", await File.ReadAllTextAsync(Path.Combine(_directory, "merged", "report.txt")), StringComparison.Ordinal);
    }

    private async Task WriteShardAsync(string folder, long ok, long fail, long[] active)
    {
        var report = new RunReport
        {
            Run = new RunInfo { Id = "run-" + folder, Profile = "split", StartedAt = Start, DurationS = active.Length },
            Sessions = new SessionStats { Started = active.Max(), PeakConcurrent = active.Max() },
            Steps = [StepStats.Create("request_chat", ok, fail, 0, 0, HistogramSnapshot.Empty, active.Length)],
            Errors = [new ErrorStats { Step = "request_chat", Code = 5001, Name = "No server is available to accept chat connection", Count = fail }],
            Timeline = [.. active.Select((n, i) => new TimelinePoint { T = i + 1, ActiveSessions = n })],
            Thresholds = [new ThresholdResult { Expression = "error_rate < 1%", Held = 100.0 * fail / (ok + fail) < 1, Value = 100.0 * fail / (ok + fail) }],
        };
        await ReportWriter.WriteAllAsync(report, Path.Combine(_directory, folder), null, CancellationToken.None);
    }
}
