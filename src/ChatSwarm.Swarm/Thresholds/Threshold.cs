using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>
/// A pass/fail criterion of a load profile, parsed from text with <see cref="Parse"/>. Forms:
/// <c>error_rate &lt; 1%</c>, <c>p95(request_chat) &lt; 2s</c> (p50, p75, p90, p95, p99 or any pNN), <c>max(send_events) &lt; 5s</c>,
/// <c>mean(reply_rtt) &lt; 800ms</c>, <c>zero(5509)</c> or <c>zero(concurrent_poll)</c>, <c>count(5001) &lt;= 10</c>, <c>rps &gt; 100</c>,
/// <c>completion_rate &gt; 90%</c>, <c>restarts &lt; 50</c>, <c>sessions_failed &lt;= 0</c>, <c>rate(bot_checks) &gt; 99%</c>
/// (or one script's: <c>rate(bot_checks:greeting-and-question) &gt; 99%</c>), <c>bot_checks_failed &lt;= 0</c> (or
/// <c>bot_checks_failed:SCRIPT</c>); comparisons &lt;, &lt;=, &gt;, &gt;=, ==.
/// Steps are API methods in snake_case plus queue_wait, first_agent_message, reply_rtt and poll_hold.
/// </summary>
public sealed partial record Threshold
{
    private Threshold(string expression, ThresholdMetric metric, ThresholdComparison comparison, double limit)
    {
        Expression = expression;
        Metric = metric;
        Comparison = comparison;
        Limit = limit;
    }

    /// <summary>The expression as written (trimmed).</summary>
    public string Expression { get; }

    /// <summary>What is measured.</summary>
    public ThresholdMetric Metric { get; }

    /// <summary>The step for latency metrics (e.g. "request_chat"); null otherwise.</summary>
    public string? Step { get; private init; }

    /// <summary>The percentile (0–100, exclusive) for <see cref="ThresholdMetric.Percentile"/>; null otherwise.</summary>
    public double? Percentile { get; private init; }

    /// <summary>The error code for <see cref="ThresholdMetric.ErrorCount"/>; null otherwise.</summary>
    public int? ErrorCode { get; private init; }

    /// <summary>The bot script for bot-check metrics scoped to one script; null for every script or other metrics.</summary>
    public string? Script { get; private init; }

    /// <summary>How the measured value is compared with <see cref="Limit"/>.</summary>
    public ThresholdComparison Comparison { get; }

    /// <summary>The limit in the metric's unit: percent for rates, milliseconds for latencies, a count or calls per second otherwise.</summary>
    public double Limit { get; }

    /// <summary>Whether <paramref name="value"/> satisfies the comparison with <see cref="Limit"/>.</summary>
    /// <param name="value">The measured value in the metric's unit.</param>
    /// <returns>True when it holds.</returns>
    public bool IsSatisfiedBy(double value) => Comparison switch
    {
        ThresholdComparison.Less => value < Limit,
        ThresholdComparison.LessOrEqual => value <= Limit,
        ThresholdComparison.Greater => value > Limit,
        ThresholdComparison.GreaterOrEqual => value >= Limit,
        _ => value == Limit,
    };

    /// <summary>Parses a threshold expression.</summary>
    /// <param name="expression">The text, e.g. "p95(request_chat) &lt; 2s".</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="FormatException">The text is not a threshold; the one-line message says what is expected.</exception>
    public static Threshold Parse(string expression) =>
        TryParse(expression, out var threshold, out var error) ? threshold! : throw new FormatException(error);

    /// <summary>Tries to parse a threshold expression.</summary>
    /// <param name="expression">The text.</param>
    /// <param name="threshold">The threshold on success.</param>
    /// <param name="error">A one-line message on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? expression, out Threshold? threshold, out string? error) =>
        ThresholdParser.TryParse(expression, out threshold, out error);

    /// <inheritdoc />
    public override string ToString() => Expression;

    internal static Threshold Create(string expression, ThresholdMetric metric, ThresholdComparison comparison, double limit, string? step = null, double? percentile = null, int? errorCode = null, string? script = null) =>
        new(expression, metric, comparison, limit) { Step = step, Percentile = percentile, ErrorCode = errorCode, Script = script };

    /// <summary>The unit the metric's values and limit are in.</summary>
    internal ThresholdUnit Unit => Metric switch
    {
        ThresholdMetric.ErrorRate or ThresholdMetric.CompletionRate or ThresholdMetric.BotChecksRate => ThresholdUnit.Percent,
        ThresholdMetric.Percentile or ThresholdMetric.Max or ThresholdMetric.Mean => ThresholdUnit.Milliseconds,
        ThresholdMetric.Rps => ThresholdUnit.PerSecond,
        _ => ThresholdUnit.Count,
    };

    /// <summary>The left-hand side as written canonically, e.g. "p95(request_chat)".</summary>
    internal string Subject => Metric switch
    {
        ThresholdMetric.ErrorRate => "error_rate",
        ThresholdMetric.Percentile => $"p{Percentile!.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}({Step})",
        ThresholdMetric.Max => $"max({Step})",
        ThresholdMetric.Mean => $"mean({Step})",
        ThresholdMetric.ErrorCount => $"count({ErrorCode})",
        ThresholdMetric.Rps => "rps",
        ThresholdMetric.CompletionRate => "completion_rate",
        ThresholdMetric.Restarts => "restarts",
        ThresholdMetric.BotChecksRate => Script is null ? "rate(bot_checks)" : $"rate(bot_checks:{Script})",
        ThresholdMetric.BotChecksFailed => Script is null ? "bot_checks_failed" : $"bot_checks_failed:{Script}",
        _ => "sessions_failed",
    };

    /// <summary>True for a step name the metrics know.</summary>
    internal static bool IsKnownStep(string name) => StepNames.IsKnown(name);
}
