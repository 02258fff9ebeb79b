using System.Globalization;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>
/// Checks thresholds against a metrics snapshot. A threshold whose metric has no data yet (no calls of its step, no ended
/// sessions for completion_rate) holds with a NaN value, so live checks early in a run never abort it for lack of data.
/// </summary>
public static class ThresholdEvaluator
{
    /// <summary>Evaluates every threshold, in order.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="snapshot">The metrics to check.</param>
    /// <returns>One result per threshold.</returns>
    public static IReadOnlyList<ThresholdResult> Evaluate(IReadOnlyList<Threshold> thresholds, MetricsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(snapshot);
        var results = new ThresholdResult[thresholds.Count];
        for (int i = 0; i < thresholds.Count; i++)
        {
            results[i] = Evaluate(thresholds[i], snapshot);
        }

        return results;
    }

    /// <summary>Evaluates one threshold.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="snapshot">The metrics to check.</param>
    /// <returns>The result.</returns>
    public static ThresholdResult Evaluate(Threshold threshold, MetricsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(snapshot);
        double value = Measure(threshold, snapshot);
        var limit = $"{Symbol(threshold.Comparison)} {Format(threshold.Limit, threshold.Unit)}";
        if (double.IsNaN(value))
        {
            return new ThresholdResult(threshold.Expression, true, double.NaN, $"{threshold.Expression}: no data yet");
        }

        bool held = threshold.IsSatisfiedBy(value);
        var subject = threshold.Metric == ThresholdMetric.ErrorCount ? $"count({threshold.ErrorCode})" : threshold.Subject;
        return new ThresholdResult(threshold.Expression, held, value, $"{subject} = {Format(value, threshold.Unit)} ({(held ? "ok" : "FAILED")}, limit {limit})");
    }

    private static double Measure(Threshold t, MetricsSnapshot s)
    {
        switch (t.Metric)
        {
            case ThresholdMetric.ErrorRate:
                return s.TotalRequests == 0 ? double.NaN : 100.0 * s.FailedRequests / s.TotalRequests;
            case ThresholdMetric.CompletionRate:
                // Only chats that ran to their end count as completed; chats the run ended or the server lost do not.
                long ended = s.Sessions.Ended;
                return ended == 0 ? double.NaN : 100.0 * s.Sessions.Completed / ended;
            case ThresholdMetric.Rps:
                return s.OverallRequestsPerSecond;
            case ThresholdMetric.Restarts:
                return s.Sessions.Restarts;
            case ThresholdMetric.SessionsFailed:
                return s.Sessions.Failed;
            case ThresholdMetric.ErrorCount:
                return s.ErrorsWithCode(t.ErrorCode!.Value);
            case ThresholdMetric.BotChecksRate:
                return s.BotChecksOf(t.Script).PassRatePercent;
            case ThresholdMetric.BotChecksFailed:
                return s.BotChecksOf(t.Script).Failed;
        }

        var histogram = s.Latency(t.Step!);
        if (histogram is null || histogram.Count == 0)
        {
            return double.NaN;
        }

        double microseconds = t.Metric switch
        {
            ThresholdMetric.Max => histogram.MaxMicroseconds,
            ThresholdMetric.Mean => histogram.MeanMicroseconds,
            _ => histogram.PercentileMicroseconds(t.Percentile!.Value),
        };
        return microseconds / 1000.0;
    }

    private static string Symbol(ThresholdComparison c) => c switch
    {
        ThresholdComparison.Less => "<",
        ThresholdComparison.LessOrEqual => "<=",
        ThresholdComparison.Greater => ">",
        ThresholdComparison.GreaterOrEqual => ">=",
        _ => "==",
    };

    private static string Format(double value, ThresholdUnit unit) => unit switch
    {
        ThresholdUnit.Percent => value.ToString("0.###", CultureInfo.InvariantCulture) + "%",
        ThresholdUnit.Milliseconds => value >= 1000
            ? (value / 1000).ToString("0.###", CultureInfo.InvariantCulture) + "s"
            : value.ToString("0.###", CultureInfo.InvariantCulture) + "ms",
        ThresholdUnit.PerSecond => value.ToString("0.##", CultureInfo.InvariantCulture) + "/s",
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };
}
