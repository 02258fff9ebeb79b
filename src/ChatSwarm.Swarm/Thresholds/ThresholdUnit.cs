namespace ChatSwarm.Swarm.Thresholds;

/// <summary>The unit of a threshold's value and limit.</summary>
internal enum ThresholdUnit
{
    /// <summary>A plain count.</summary>
    Count,

    /// <summary>A percentage, 0–100.</summary>
    Percent,

    /// <summary>Milliseconds.</summary>
    Milliseconds,

    /// <summary>Calls per second.</summary>
    PerSecond,
}
