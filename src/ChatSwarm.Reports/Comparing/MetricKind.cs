namespace ChatSwarm.Reports.Comparing;

/// <summary>How a compared value is read and which direction is better.</summary>
public enum MetricKind
{
    /// <summary>Milliseconds; lower is better; compared relatively.</summary>
    LatencyMs,

    /// <summary>Per second; higher is better; compared relatively.</summary>
    Throughput,

    /// <summary>A share 0..1 of bad outcomes (errors); lower is better.</summary>
    BadRate,

    /// <summary>A share 0..1 of good outcomes (completions, passed checks); higher is better.</summary>
    GoodRate,
}
