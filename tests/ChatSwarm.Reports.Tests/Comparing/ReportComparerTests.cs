using ChatSwarm.Configuration.Validation;
using ChatSwarm.Reports.Comparing;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Tests.TestData;

namespace ChatSwarm.Reports.Tests.Comparing;

public sealed class ReportComparerTests
{
    private static readonly ComparisonOptions Ten = new() { MaxRegressionPercent = 10 };

    [Fact]
    public void Compare_SameReport_EveryLineUnchangedOrNoData()
    {
        var report = SampleReports.Fixed();

        var comparison = ReportComparer.Compare(report, report, Ten);

        Assert.False(comparison.HasRegression);
        Assert.All(comparison.Lines, l => Assert.Equal(Verdict.Unchanged, l.Verdict));
        Assert.Contains(comparison.Lines, l => l is { Subject: "step request_chat", Metric: "p95" });
        Assert.Contains(comparison.Lines, l => l is { Subject: "step request_chat", Metric: "error rate" });
        Assert.Contains(comparison.Lines, l => l is { Subject: "step request_chat", Metric: "throughput" });
        foreach (var chat in new[] { "chat queue wait", "chat first agent message", "chat reply round trip" })
        {
            Assert.Equal(["p50", "p95", "p99"], comparison.Lines.Where(l => l.Subject == chat).Select(l => l.Metric));
        }

        Assert.Contains(comparison.Lines, l => l is { Subject: "sessions", Metric: "completion rate" });
        Assert.Contains(comparison.Lines, l => l is { Subject: "bot faq<i>bot</i>", Metric: "checks passed" });
    }

    [Fact]
    public void Compare_StepP95TwentyPercentSlower_RegressedAtTenPercent()
    {
        var report = SampleReports.Fixed();
        var slower = WithStep(report, "send_events", s => s with { LatencyMs = s.LatencyMs with { P95 = s.LatencyMs.P95 * 1.2 } });

        var comparison = ReportComparer.Compare(report, slower, Ten);

        var line = Assert.Single(comparison.Regressions);
        Assert.Equal(("step send_events", "p95"), (line.Subject, line.Metric));
        Assert.Equal(20, line.WorsePercent!.Value, 3);
    }

    [Fact]
    public void Compare_StepP95TwentyPercentSlower_UnchangedAtTwentyFivePercent()
    {
        var report = SampleReports.Fixed();
        var slower = WithStep(report, "send_events", s => s with { LatencyMs = s.LatencyMs with { P95 = s.LatencyMs.P95 * 1.2 } });

        var comparison = ReportComparer.Compare(report, slower, new ComparisonOptions { MaxRegressionPercent = 25 });

        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void Compare_StepFaster_Improved()
    {
        var report = SampleReports.Fixed();
        var faster = WithStep(report, "send_events", s => s with { LatencyMs = s.LatencyMs with { P99 = s.LatencyMs.P99 / 2 } });

        var comparison = ReportComparer.Compare(report, faster, Ten);

        Assert.Equal(Verdict.Improved, comparison.Lines.Single(l => l is { Subject: "step send_events", Metric: "p99" }).Verdict);
        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void Compare_LatencyChangeBelowOneMs_Unchanged()
    {
        var line = ReportComparer.Judge("step x", "p50", MetricKind.LatencyMs, 2.0, 2.9, Ten);

        Assert.Equal(Verdict.Unchanged, line.Verdict);
        Assert.Equal(45, line.WorsePercent!.Value, 3);
    }

    [Fact]
    public void Judge_ErrorRateFromZero_Regressed()
    {
        var line = ReportComparer.Judge("requests", "error rate", MetricKind.BadRate, 0, 0.05, Ten);

        Assert.Equal(Verdict.Regressed, line.Verdict);
        Assert.True(double.IsPositiveInfinity(line.WorsePercent!.Value));
    }

    [Fact]
    public void Judge_ErrorRateTinyChange_UnchangedBelowNoiseFloor()
    {
        var line = ReportComparer.Judge("requests", "error rate", MetricKind.BadRate, 0.0001, 0.0005, Ten);

        Assert.Equal(Verdict.Unchanged, line.Verdict);
    }

    [Fact]
    public void Judge_CompletionNinetyNineToNinetyEight_RegressedAsIncompletionDoubles()
    {
        var line = ReportComparer.Judge("sessions", "completion rate", MetricKind.GoodRate, 0.99, 0.98, Ten);

        Assert.Equal(Verdict.Regressed, line.Verdict);
        Assert.Equal(100, line.WorsePercent!.Value, 3);
    }

    [Fact]
    public void Judge_ThroughputDropsByHalf_Regressed()
    {
        var line = ReportComparer.Judge("requests", "throughput", MetricKind.Throughput, 100, 50, Ten);

        Assert.Equal(Verdict.Regressed, line.Verdict);
        Assert.Equal(50, line.WorsePercent!.Value, 3);
    }

    [Fact]
    public void Judge_ThroughputRises_Improved()
    {
        var line = ReportComparer.Judge("requests", "throughput", MetricKind.Throughput, 100, 130, Ten);

        Assert.Equal(Verdict.Improved, line.Verdict);
    }

    [Fact]
    public void Compare_StepOnlyInNewRun_AddedNotRegression()
    {
        var report = SampleReports.Fixed();
        var extra = report with { Steps = [.. report.Steps, report.Steps[0] with { Name = "upload_file" }] };

        var comparison = ReportComparer.Compare(report, extra, Ten);

        Assert.All(comparison.Lines.Where(l => l.Subject == "step upload_file"), l => Assert.Equal(Verdict.Added, l.Verdict));
        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void Compare_LongPollStep_OnlyErrorRateAndThroughput()
    {
        var report = SampleReports.Fixed();
        var polled = report with { Steps = [.. report.Steps, report.Steps[0] with { Name = "get_new_chat_events" }] };

        var comparison = ReportComparer.Compare(polled, polled, Ten);

        Assert.Equal(["error rate", "throughput"], comparison.Lines.Where(l => l.Subject == "step get_new_chat_events").Select(l => l.Metric));
    }

    [Fact]
    public void Compare_ChatWithoutSamples_NoData()
    {
        var report = SampleReports.Fixed() with { Chat = new ChatStats() };

        var comparison = ReportComparer.Compare(report, report, Ten);

        Assert.All(comparison.Lines.Where(l => l.Subject.StartsWith("chat ", StringComparison.Ordinal)), l => Assert.Equal(Verdict.NoData, l.Verdict));
    }

    [Fact]
    public void Compare_NegativeLimit_Throws()
    {
        var report = SampleReports.Fixed();

        var ex = Assert.Throws<OptionsValidationException>(() => ReportComparer.Compare(report, report, new ComparisonOptions { MaxRegressionPercent = -1 }));

        Assert.Contains("MaxRegressionPercent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var options = new ComparisonOptions { MinLatencyChangeMs = -1, LongPollSteps = [""] };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("ComparisonOptions.MinLatencyChangeMs is -1", error.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("ComparisonOptions.LongPollSteps", error.Problems[1], StringComparison.Ordinal);
    }

    private static RunReport WithStep(RunReport report, string name, Func<StepStats, StepStats> change) =>
        report with { Steps = report.Steps.Select(s => s.Name == name ? change(s) : s).ToList() };
}
