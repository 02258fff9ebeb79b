namespace ChatSwarm.Simulator.Agents;

/// <summary>Shape of a random delay.</summary>
public enum DelayKind
{
    /// <summary>Always <see cref="DelayDistribution.Mean"/>.</summary>
    Fixed,

    /// <summary>Uniform between <see cref="DelayDistribution.Min"/> and <see cref="DelayDistribution.Max"/>.</summary>
    Uniform,

    /// <summary><see cref="DelayDistribution.Min"/> plus an exponential delay with mean <see cref="DelayDistribution.Mean"/>, capped at <see cref="DelayDistribution.Max"/>.</summary>
    Exponential,
}

/// <summary>A random delay such as an agent's think time; build it with <see cref="Fixed"/>, <see cref="Uniform"/> or <see cref="Exponential"/>.</summary>
public sealed record DelayDistribution
{
    /// <summary>The distribution's shape; default <see cref="DelayKind.Fixed"/>.</summary>
    public DelayKind Kind { get; init; } = DelayKind.Fixed;

    /// <summary>Smallest delay; default zero.</summary>
    public TimeSpan Min { get; init; }

    /// <summary>Largest delay; default zero.</summary>
    public TimeSpan Max { get; init; }

    /// <summary>Fixed value, or the exponential part's mean; default zero.</summary>
    public TimeSpan Mean { get; init; }

    /// <summary>Always the same delay.</summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Fixed(TimeSpan delay) => new() { Kind = DelayKind.Fixed, Min = delay, Max = delay, Mean = delay };

    /// <summary>A delay uniform between two bounds.</summary>
    /// <param name="min">Smallest delay.</param>
    /// <param name="max">Largest delay.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Uniform(TimeSpan min, TimeSpan max) => new() { Kind = DelayKind.Uniform, Min = min, Max = max, Mean = (min + max) / 2 };

    /// <summary>A floor plus an exponential delay, capped.</summary>
    /// <param name="min">Floor added to every sample.</param>
    /// <param name="mean">Mean of the exponential part.</param>
    /// <param name="max">Cap on the sample.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Exponential(TimeSpan min, TimeSpan mean, TimeSpan max) => new() { Kind = DelayKind.Exponential, Min = min, Mean = mean, Max = max };

    /// <summary>Returns a one-line error naming the field, or null when valid.</summary>
    /// <param name="name">The option name used in the message.</param>
    /// <returns>The error, or null.</returns>
    public string? Validate(string name)
    {
        if (Min < TimeSpan.Zero || Max < TimeSpan.Zero || Mean < TimeSpan.Zero) return $"{name}: delays must not be negative.";
        if (Kind != DelayKind.Fixed && Max < Min) return $"{name}: Max ({Max}) must not be less than Min ({Min}).";
        return null;
    }

    /// <summary>Draws one delay.</summary>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        switch (Kind)
        {
            case DelayKind.Uniform:
                return Min + TimeSpan.FromTicks((long)(random.NextDouble() * (Max - Min).Ticks));
            case DelayKind.Exponential:
                var u = 1.0 - random.NextDouble();
                var ticks = Min.Ticks - Math.Log(u) * Mean.Ticks;
                return TimeSpan.FromTicks((long)Math.Min(ticks, Max.Ticks));
            default:
                return Mean;
        }
    }
}
