namespace ChatSwarm.Configuration.Timing;

/// <summary>
/// A think-time distribution: constant, uniform between two bounds, or exponential around a mean (optionally capped).
/// Immutable and shared; sampling uses the caller's <see cref="Random"/> so runs are reproducible by seed.
/// </summary>
public abstract record DelayDistribution
{
    private protected DelayDistribution()
    {
    }

    /// <summary>No delay at all.</summary>
    public static DelayDistribution Zero { get; } = new ConstantDelay(TimeSpan.Zero);

    /// <summary>The average delay this distribution yields.</summary>
    public abstract TimeSpan Mean { get; }

    /// <summary>Draws one delay using <paramref name="random"/>; never negative.</summary>
    /// <param name="random">The caller's random source (seeded per customer for reproducibility).</param>
    /// <returns>The delay.</returns>
    public abstract TimeSpan Sample(Random random);

    /// <summary>Always <paramref name="value"/>.</summary>
    /// <param name="value">The delay; must not be negative.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Constant(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "constant delay must not be negative");
        }

        return new ConstantDelay(value);
    }

    /// <summary>Uniform between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    /// <param name="min">The lower bound; must not be negative.</param>
    /// <param name="max">The upper bound; must be at least <paramref name="min"/>.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Uniform(TimeSpan min, TimeSpan max)
    {
        if (min < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(min), "uniform min must not be negative");
        }

        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "uniform max must be at least min");
        }

        return new UniformDelay(min, max);
    }

    /// <summary>Exponential with the given mean, optionally capped so one unlucky draw cannot stall a customer.</summary>
    /// <param name="mean">The mean; must be positive.</param>
    /// <param name="max">The cap, or null for none; must be positive when given.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Exponential(TimeSpan mean, TimeSpan? max = null)
    {
        if (mean <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), "exponential mean must be positive");
        }

        if (max is { } cap && cap <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "exponential max must be positive");
        }

        return new ExponentialDelay(mean, max);
    }

    /// <summary>
    /// Parses the compact text form: <c>2s</c> (constant), <c>uniform(1s, 3s)</c>, <c>exponential(2s)</c> or
    /// <c>exponential(2s, 10s)</c> (mean, cap). Throws <see cref="FormatException"/> with a one-line message.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Parse(string text) => DelayDistributionParser.Parse(text);

    private sealed record ConstantDelay(TimeSpan Value) : DelayDistribution
    {
        public override TimeSpan Mean => Value;

        public override TimeSpan Sample(Random random) => Value;

        public override string ToString() => DurationParser.Format(Value);
    }

    private sealed record UniformDelay(TimeSpan Min, TimeSpan Max) : DelayDistribution
    {
        public override TimeSpan Mean => (Min + Max) / 2;

        public override TimeSpan Sample(Random random) =>
            Min + TimeSpan.FromTicks((long)(random.NextDouble() * (Max - Min).Ticks));

        public override string ToString() => $"uniform({DurationParser.Format(Min)}, {DurationParser.Format(Max)})";
    }

    private sealed record ExponentialDelay(TimeSpan MeanValue, TimeSpan? Max) : DelayDistribution
    {
        public override TimeSpan Mean => MeanValue;

        public override TimeSpan Sample(Random random)
        {
            // Inverse-CDF sampling; 1 - NextDouble() is in (0, 1] so the log is finite.
            var ticks = -Math.Log(1.0 - random.NextDouble()) * MeanValue.Ticks;
            var value = ticks >= TimeSpan.MaxValue.Ticks / 2 ? TimeSpan.MaxValue / 2 : TimeSpan.FromTicks((long)ticks);
            return Max is { } cap && value > cap ? cap : value;
        }

        public override string ToString() => Max is { } cap
            ? $"exponential({DurationParser.Format(MeanValue)}, {DurationParser.Format(cap)})"
            : $"exponential({DurationParser.Format(MeanValue)})";
    }
}
