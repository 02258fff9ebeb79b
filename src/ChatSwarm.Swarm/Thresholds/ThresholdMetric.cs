namespace ChatSwarm.Swarm.Thresholds;

/// <summary>What a <see cref="Threshold"/> measures.</summary>
public enum ThresholdMetric
{
    /// <summary><c>error_rate</c>: failed API calls as a percentage of all calls.</summary>
    ErrorRate,

    /// <summary><c>pNN(step)</c>: a latency percentile of a step, in milliseconds.</summary>
    Percentile,

    /// <summary><c>max(step)</c>: the largest latency of a step, in milliseconds.</summary>
    Max,

    /// <summary><c>mean(step)</c>: the mean latency of a step, in milliseconds.</summary>
    Mean,

    /// <summary><c>zero(code)</c> or <c>count(code)</c>: how many calls failed with an error code.</summary>
    ErrorCount,

    /// <summary><c>rps</c>: API calls per second over the run so far.</summary>
    Rps,

    /// <summary><c>completion_rate</c>: sessions that ran to their end (script, agent or server ended the chat) as a percentage of every session that ended, including those the run ended and those the server lost.</summary>
    CompletionRate,

    /// <summary><c>restarts</c>: customer restarts after transient failures.</summary>
    Restarts,

    /// <summary><c>sessions_failed</c>: sessions that ended in an error.</summary>
    SessionsFailed,

    /// <summary>Share of bot expectations that passed, in percent: <c>rate(bot_checks)</c> or <c>rate(bot_checks:SCRIPT)</c>.</summary>
    BotChecksRate,

    /// <summary>Number of bot expectations that failed: <c>bot_checks_failed</c> or <c>bot_checks_failed:SCRIPT</c>.</summary>
    BotChecksFailed,
}
