using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Thresholds;

public sealed class ReportThresholdEvaluatorTests
{
    private static readonly string[] Expressions =
    [
        "error_rate < 1%", "p95(request_chat) < 2s", "max(send_events) < 5s", "mean(request_chat) < 800ms", "zero(5509)",
        "count(5001) <= 1", "rps > 10", "completion_rate > 90%", "sessions_failed <= 0", "rate(bot_checks) > 99%",
    ];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Merge_ShardsCheckedAgain_SameVerdictsAsOneProcessThatRecordedEverything()
    {
        var whole = new SwarmMetrics(_clock, _clock.GetUtcNow());
        var big = new SwarmMetrics(_clock, _clock.GetUtcNow());
        var small = new SwarmMetrics(_clock, _clock.GetUtcNow());

        // The big shard passes everything; the small one alone fails error_rate, p95 and count(5001), the whole does not.
        Record([whole, big], 995, ApiMethod.RequestChat, 100);
        Record([whole, big], 5, ApiMethod.RequestChat, 100, ApiErrorCode.NoChatServerAvailable);
        Record([whole, small], 47, ApiMethod.RequestChat, 150);
        Record([whole, small], 3, ApiMethod.RequestChat, 3_000, ApiErrorCode.NoChatServerAvailable);
        Record([whole, big], 10, ApiMethod.SendEvents, 40);
        Record([whole, small], 10, ApiMethod.SendEvents, 60);
        foreach (var m in new[] { whole, big, whole, small })
        {
            m.SessionStarted();
            m.SessionCompleted();
        }

        _clock.Advance(TimeSpan.FromSeconds(10));
        var wholeReport = Report(whole, "whole");
        var shards = new[] { Report(big, "big"), Report(small, "small") };

        var merged = ReportMerger.Merge(shards, ReportThresholds.Evaluator);

        Assert.Contains(shards[1].Thresholds, t => !t.Held);
        Assert.Equal(wholeReport.Thresholds, merged.Thresholds);
        var errorRate = merged.Thresholds.Single(t => t.Expression == "error_rate < 1%");
        Assert.True(errorRate.Held);
        Assert.Equal(100.0 * 8 / 1070, errorRate.Value!.Value, 5);
    }

    [Fact]
    public void Evaluate_PollHoldPercentile_LeftToTheShards()
    {
        var report = new RunReport { Run = new RunInfo { Id = "r", DurationS = 1 } };

        Assert.Null(ReportThresholds.Evaluator.Evaluate("p95(poll_hold) < 30s", report));
        Assert.Null(ReportThresholds.Evaluator.Evaluate("not a threshold", report));
    }

    [Fact]
    public void Evaluate_NoDataForTheMetric_HoldsWithoutAValue()
    {
        var report = new RunReport { Run = new RunInfo { Id = "r", DurationS = 1 } };

        var result = ReportThresholds.Evaluator.Evaluate("p95(request_chat) < 2s", report);

        Assert.Equal(new Reports.Model.ThresholdResult { Expression = "p95(request_chat) < 2s", Held = true, Value = null }, result);
    }

    private RunReport Report(SwarmMetrics metrics, string id)
    {
        var thresholds = ThresholdEvaluator.Evaluate(Expressions.Select(Threshold.Parse).ToList(), metrics.Snapshot());
        var info = RunInfoFactory.Create(id, "split", null, _clock.GetUtcNow().AddSeconds(-10), TimeSpan.FromSeconds(10), 1);
        return metrics.BuildReport(info, thresholds);
    }

    private static void Record(SwarmMetrics[] into, int count, ApiMethod method, double ms, ApiErrorCode? error = null)
    {
        var result = error is { } code
            ? OperationResult<Unit>.Failure(method, ApiError.From(code))
            : OperationResult<Unit>.Success(method, Unit.Value);
        for (int i = 0; i < count; i++)
        {
            foreach (var metrics in into)
            {
                metrics.RecordCall(result.WithMeasurements(200, TimeSpan.FromMilliseconds(ms), 10, 20));
            }
        }
    }
}
