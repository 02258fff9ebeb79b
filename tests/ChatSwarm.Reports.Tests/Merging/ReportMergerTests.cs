using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;

namespace ChatSwarm.Reports.Tests.Merging;

public sealed class ReportMergerTests
{
    [Fact]
    public void Merge_TwoHalvesOfOneRun_EqualsTheWhole()
    {
        var (whole, a, b) = SampleReports.WholeAndHalves();

        var merged = ReportMerger.Merge([a, b]);

        var expected = whole with { Run = whole.Run with { Shards = 2 } };
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(merged with { Workers = [] }));
        Assert.Equal(whole.Sessions.PeakConcurrent, merged.Sessions.PeakConcurrent);
    }

    [Fact]
    public void Merge_ShardsWithAbandonedSessions_SumsThemBesideTheOtherEndStates()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        b = b with { Sessions = b.Sessions with { Abandoned = 7, Completed = b.Sessions.Completed - 4 } };

        var merged = ReportMerger.Merge([a, b]);

        var s = merged.Sessions;
        Assert.Equal(a.Sessions.Abandoned + 7, s.Abandoned);
        Assert.Equal(a.Sessions.Lost + b.Sessions.Lost, s.Lost);
        Assert.Equal(s.Started, s.Completed + s.EndedByRun + s.Lost + s.Failed + s.Abandoned);
    }

    [Fact]
    public void Merge_OneShardUnverified_TheWholeRunIsUnverified()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();

        var merged = ReportMerger.Merge([a, b with { Run = b.Run with { TlsVerification = RunInfo.TlsNotVerified } }]);

        Assert.Equal(RunInfo.TlsNotVerified, merged.Run.TlsVerification);
        Assert.Equal(RunInfo.TlsVerified, ReportMerger.Merge([a, b]).Run.TlsVerification);
    }

    [Fact]
    public void Merge_HalvesInEitherOrder_SameResult()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();

        // Only the worker table follows the order the shards were given in.
        Assert.Equal(ReportJson.Serialize(ReportMerger.Merge([a, b]) with { Workers = [] }), ReportJson.Serialize(ReportMerger.Merge([b, a]) with { Workers = [] }));
    }

    [Fact]
    public void Merge_DifferentProfiles_ThrowsNamingBoth()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        var other = b with { Run = b.Run with { Profile = "soak" } };

        var error = Assert.Throws<ArgumentException>(() => ReportMerger.Merge([a, other]));

        Assert.Contains("'smoke <b>tenant</b>' and 'soak'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardsWithOwnIds_JoinsIds()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();

        var merged = ReportMerger.Merge([a with { Run = a.Run with { Id = "host1" } }, b with { Run = b.Run with { Id = "host2" } }]);

        Assert.Equal("host1+host2", merged.Run.Id);
    }

    [Fact]
    public void Merge_NoReports_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportMerger.Merge([]));
    }

    [Fact]
    public void Merge_ShardStartedLater_TimelineShiftedByStartOffset()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 3 };
        var first = new RunReport
        {
            Run = run,
            Timeline = [Point(1, 10), Point(2, 10), Point(3, 10)],
        };
        var second = new RunReport
        {
            Run = run with { StartedAt = SampleReports.Start.AddSeconds(2) },
            Timeline = [Point(1, 5), Point(2, 5), Point(3, 5)],
        };

        var merged = ReportMerger.Merge([first, second]);

        Assert.Equal(5, merged.Run.DurationS);
        Assert.Equal([1.0, 2, 3, 4, 5], merged.Timeline.Select(p => p.T));
        Assert.Equal([10L, 10, 15, 5, 5], merged.Timeline.Select(p => p.Requests));
        Assert.Equal(2, merged.Timeline[2].ErrorsByCode[5001]);
    }

    [Fact]
    public void Merge_TimelineWithoutHistograms_PercentilesWeightedByRequests()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 1 };
        var a = new RunReport { Run = run, Timeline = [Point(1, 30) with { P95Ms = 100 }] };
        var b = new RunReport { Run = run, Timeline = [Point(1, 10) with { P95Ms = 500 }] };

        var merged = ReportMerger.Merge([a, b]);

        Assert.Equal(200, merged.Timeline[0].P95Ms);
    }

    [Fact]
    public void Merge_IdleShardIntervalWithoutHistogram_PercentilesStayExact()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 1 };
        var busy = new LatencyHistogram();
        foreach (var ms in new[] { 10, 20, 30, 40, 1000 })
        {
            busy.Record(TimeSpan.FromMilliseconds(ms));
        }

        var a = new RunReport { Run = run, Timeline = [Point(1, 5) with { P95Ms = 1000, Histogram = busy.Snapshot().ToData() }] };
        var b = new RunReport { Run = run, Timeline = [Point(1, 0)] };

        var merged = ReportMerger.Merge([a, b]).Timeline.Single();

        Assert.Equal(busy.Snapshot().ToData(), merged.Histogram);
        Assert.Equal(1000, merged.P95Ms);
    }

    [Fact]
    public void Merge_ThresholdFailedOnOneShard_FailsWithThatValue()
    {
        var run = new RunInfo { Id = "r" };
        var a = new RunReport { Run = run, Thresholds = [new ThresholdResult { Expression = "p95 < 1s", Held = true, Value = 0.8 }] };
        var b = new RunReport { Run = run, Thresholds = [new ThresholdResult { Expression = "p95 < 1s", Held = false, Value = 1.4 }] };

        var merged = ReportMerger.Merge([a, b]).Thresholds.Single();

        Assert.False(merged.Held);
        Assert.Equal(1.4, merged.Value);
    }

    [Fact]
    public void Merge_ShardPeaksAtDifferentTimes_PeakIsTheMergedTimelinesNotTheSum()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 3 };
        var early = new RunReport
        {
            Run = run,
            Sessions = new SessionStats { PeakConcurrent = 100 },
            Timeline = [Point(1, 0) with { ActiveSessions = 100 }, Point(2, 0) with { ActiveSessions = 40 }, Point(3, 0) with { ActiveSessions = 10 }],
        };
        var late = new RunReport
        {
            Run = run,
            Sessions = new SessionStats { PeakConcurrent = 90 },
            Timeline = [Point(1, 0) with { ActiveSessions = 5 }, Point(2, 0) with { ActiveSessions = 30 }, Point(3, 0) with { ActiveSessions = 90 }],
        };

        var merged = ReportMerger.Merge([early, late]);

        Assert.Equal([105L, 70, 100], merged.Timeline.Select(p => p.ActiveSessions));
        Assert.Equal(105, merged.Sessions.PeakConcurrent);
    }

    [Fact]
    public void Merge_ShardPeakBetweenSamples_PeakNeverBelowTheLargestShardPeak()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 1 };
        var a = new RunReport { Run = run, Sessions = new SessionStats { PeakConcurrent = 50 }, Timeline = [Point(1, 0) with { ActiveSessions = 20 }] };
        var b = new RunReport { Run = run, Sessions = new SessionStats { PeakConcurrent = 10 }, Timeline = [Point(1, 0) with { ActiveSessions = 10 }] };

        Assert.Equal(50, ReportMerger.Merge([a, b]).Sessions.PeakConcurrent);
    }

    [Fact]
    public void Merge_WithEvaluator_ThresholdsCheckedOnTheMergedReport()
    {
        var run = new RunInfo { Id = "r" };
        var a = new RunReport
        {
            Run = run,
            Steps = [StepStats.Create("request_chat", 90, 1, 0, 0, HistogramSnapshot.Empty, 1)],
            Thresholds = [new ThresholdResult { Expression = "error_rate < 1%", Held = true, Value = 0.5 }, new ThresholdResult { Expression = "opaque", Held = true }],
        };
        var b = a with
        {
            Steps = [StepStats.Create("request_chat", 8, 1, 0, 0, HistogramSnapshot.Empty, 1)],
            Thresholds = [new ThresholdResult { Expression = "error_rate < 1%", Held = false, Value = 11.1 }, new ThresholdResult { Expression = "opaque", Held = false, Value = 3 }],
        };
        var evaluator = new ErrorRateOnly();

        var merged = ReportMerger.Merge([a, b], evaluator);

        Assert.Equal(100, evaluator.SeenRequests);
        var errorRate = merged.Thresholds[0];
        Assert.Equal(("error_rate < 1%", false, 2.0), (errorRate.Expression, errorRate.Held, errorRate.Value!.Value));
        var opaque = merged.Thresholds[1];
        Assert.Equal(("opaque", false, 3.0), (opaque.Expression, opaque.Held, opaque.Value!.Value));
    }

    [Fact]
    public void Merge_ProfileThresholdNoShardChecked_CheckedOnTheMergedReport()
    {
        var run = new RunInfo { Id = "r", Profile = "p" };
        var profile = new ProfileSummary { Name = "p", Thresholds = ["error_rate < 1%"] };
        var a = new RunReport { Run = run, LoadProfile = profile, Steps = [StepStats.Create("request_chat", 100, 0, 0, 0, HistogramSnapshot.Empty, 1)] };

        var merged = ReportMerger.Merge([a, a with { Run = run with { Id = "s" } }], new ErrorRateOnly());

        Assert.Equal(profile, merged.LoadProfile);
        var result = Assert.Single(merged.Thresholds);
        Assert.True(result.Held);
        Assert.Equal(0.0, result.Value);
    }

    [Fact]
    public void Merge_TwoShards_OneWorkerRowEachWithItsCounts()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();

        var merged = ReportMerger.Merge([a with { Run = a.Run with { Id = "host1" } }, b with { Run = b.Run with { Id = "host2" } }]);

        Assert.Equal(["host1", "host2"], merged.Workers.Select(w => w.Name));
        Assert.Equal([0, 1], merged.Workers.Select(w => w.Index));
        var first = merged.Workers[0];
        Assert.Equal(a.Sessions.Started, first.Sessions);
        Assert.Equal(a.Steps.Sum(s => s.Ok + s.Fail), first.Requests);
        Assert.Equal(a.Steps.Sum(s => s.Fail), first.Errors);
        Assert.Equal((0.0, 0L, a.Run.StartedAt, (DateTimeOffset?)null), (first.CpuSeconds, first.PeakRssBytes, first.JoinedAt!.Value, first.LeftAt));
        Assert.Equal(merged.Steps.Sum(s => s.Ok + s.Fail), merged.Workers.Sum(w => w.Requests));
    }

    [Fact]
    public void Merge_ShardsWithTheSameRunId_WorkerNamesStayDistinct()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();

        var merged = ReportMerger.Merge([a, b]);

        Assert.Equal(["run-split #1", "run-split #2"], merged.Workers.Select(w => w.Name));
    }

    [Fact]
    public void Merge_ShardThatHadWorkers_KeepsItsWorkersUnderItsName()
    {
        var (_, a, b) = SampleReports.WholeAndHalves();
        var cluster = a with
        {
            Run = a.Run with { Id = "cluster" },
            Workers =
            [
                new WorkerStats { Name = "10.0.0.5:4053", Sessions = 3, CpuSeconds = 12.5, PeakRssBytes = 1 << 20 },
                new WorkerStats { Name = "10.0.0.6:4053", Index = 1, Sessions = 4, LeftAt = SampleReports.Start.AddSeconds(9), LeftReason = "unreachable, downed" },
            ],
        };

        var merged = ReportMerger.Merge([cluster, b with { Run = b.Run with { Id = "solo" } }]);

        Assert.Equal(["cluster/10.0.0.5:4053", "cluster/10.0.0.6:4053", "solo"], merged.Workers.Select(w => w.Name));
        Assert.Equal([0, 1, 2], merged.Workers.Select(w => w.Index));
        Assert.Equal(12.5, merged.Workers[0].CpuSeconds);
        Assert.Equal("unreachable, downed", merged.Workers[1].LeftReason);
    }

    private sealed class ErrorRateOnly : IReportThresholdEvaluator
    {
        public long SeenRequests { get; private set; }

        public ThresholdResult? Evaluate(string expression, RunReport report)
        {
            if (expression != "error_rate < 1%")
            {
                return null;
            }

            SeenRequests = report.Steps.Sum(s => s.Ok + s.Fail);
            double rate = 100.0 * report.Steps.Sum(s => s.Fail) / SeenRequests;
            return new ThresholdResult { Expression = expression, Held = rate < 1, Value = rate };
        }
    }

    private static TimelinePoint Point(double t, long requests) => new()
    {
        T = t,
        Requests = requests,
        Rps = requests,
        Errors = 1,
        ErrorsByCode = new Dictionary<int, long> { [5001] = 1 },
    };
}
