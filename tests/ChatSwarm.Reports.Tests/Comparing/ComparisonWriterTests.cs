using ChatSwarm.Reports.Comparing;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Comparing;

public sealed class ComparisonWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chatswarm-compare-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CompareAsync_RegressedRun_WritesHtmlAndMarkdownBesideNew()
    {
        var report = SampleReports.Fixed();
        // p99 three times slower; p99.9 and max rise with it, as a real run's would (report.json refuses decreasing percentiles).
        var slower = report with { Steps = report.Steps.Select(s => s with { LatencyMs = s.LatencyMs with { P99 = s.LatencyMs.P99 * 3, P999 = Math.Max(s.LatencyMs.P999, s.LatencyMs.P99 * 3), Max = Math.Max(s.LatencyMs.Max, s.LatencyMs.P99 * 3) } }).ToList() };
        await ReportWriter.WriteAllAsync(report, Path.Combine(_dir, "base"), null, CancellationToken.None);
        var written = await ReportWriter.WriteAllAsync(slower, Path.Combine(_dir, "new"), null, CancellationToken.None);

        var files = await ComparisonWriter.CompareAsync(Path.Combine(_dir, "base"), written.Json, null, CancellationToken.None);

        Assert.True(files.Comparison.HasRegression);
        Assert.Equal(Path.Combine(written.Directory, "compare.html"), files.Html);
        Assert.Equal(Path.Combine(written.Directory, "compare.md"), files.Markdown);
        string html = await File.ReadAllTextAsync(files.Html);
        Assert.Contains("REGRESSED", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>bot</i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        string md = await File.ReadAllTextAsync(files.Markdown);
        Assert.Contains("| step send_events | p99 |", md, StringComparison.Ordinal);
        Assert.Contains("regressions beyond 10%", md, StringComparison.Ordinal);
        Assert.Contains("REGRESSED", files.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareAsync_MissingBase_ThrowsReportFormatExceptionNamingPath()
    {
        var written = await ReportWriter.WriteAllAsync(SampleReports.Fixed(), Path.Combine(_dir, "new"), null, CancellationToken.None);
        string missing = Path.Combine(_dir, "nope");

        var ex = await Assert.ThrowsAsync<ReportFormatException>(() => ComparisonWriter.CompareAsync(missing, written.Directory, null, CancellationToken.None));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(written.Directory, "compare.html")));
    }
}
