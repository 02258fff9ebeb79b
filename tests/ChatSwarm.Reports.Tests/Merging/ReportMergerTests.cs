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
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(merged));
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

        Assert.Equal(ReportJson.Serialize(ReportMerger.Merge([a, b])), ReportJson.Serialize(ReportMerger.Merge([b, a])));
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

    private static TimelinePoint Point(double t, long requests) => new()
    {
        T = t,
        Requests = requests,
        Rps = requests,
        Errors = 1,
        ErrorsByCode = new Dictionary<int, long> { [5001] = 1 },
    };
}
