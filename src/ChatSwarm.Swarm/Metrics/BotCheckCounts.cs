namespace ChatSwarm.Swarm.Metrics;

/// <summary>How many bot expectations (expect steps, expected upload errors, file checks) passed and failed.</summary>
/// <param name="Passed">Expectations met.</param>
/// <param name="Failed">Expectations failed.</param>
public sealed record BotCheckCounts(long Passed, long Failed)
{
    /// <summary>No checks.</summary>
    public static BotCheckCounts None { get; } = new(0, 0);

    /// <summary>Passed plus failed.</summary>
    public long Total => Passed + Failed;

    /// <summary>The passed share in percent, or NaN when nothing was checked.</summary>
    public double PassRatePercent => Total == 0 ? double.NaN : 100.0 * Passed / Total;
}
