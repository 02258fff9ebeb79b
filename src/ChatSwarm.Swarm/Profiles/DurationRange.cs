namespace ChatSwarm.Swarm.Profiles;

/// <summary>A delay drawn uniformly between <paramref name="Min"/> and <paramref name="Max"/> (equal bounds mean a fixed delay).</summary>
/// <param name="Min">Smallest delay; never negative.</param>
/// <param name="Max">Largest delay; at least <paramref name="Min"/>.</param>
public sealed record DurationRange(TimeSpan Min, TimeSpan Max)
{
    /// <summary>The mean of the range.</summary>
    public TimeSpan Mean => (Min + Max) / 2;
}
