namespace ChatSwarm.Swarm.Profiles;

/// <summary>How a supervisor restarts a customer after a transient failure: exponential backoff from Min to Max with jitter.</summary>
public sealed record BackoffSettings
{
    /// <summary>First restart delay; default 0.5 s.</summary>
    public TimeSpan Min { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest restart delay; default 30 s.</summary>
    public TimeSpan Max { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Random jitter added to each delay as a share of it (0..1); default 0.2.</summary>
    public double RandomFactor { get; init; } = 0.2;

    /// <summary>Restarts allowed per customer before it counts as failed; default 8.</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>Returns a one-line error naming the field, or null when valid.</summary>
    /// <returns>The error, or null.</returns>
    public string? Validate()
    {
        if (Min <= TimeSpan.Zero) return "backoff.min must be positive";
        if (Max < Min) return "backoff.max must be at least backoff.min";
        if (!(RandomFactor >= 0 && RandomFactor <= 1)) return "backoff.random_factor must be between 0 and 1";
        if (MaxRetries < 0) return "backoff.max_retries must be 0 or more";
        return null;
    }
}
