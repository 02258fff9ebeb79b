using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>How a supervisor restarts a customer after a transient failure: exponential backoff from Min to Max with jitter.</summary>
public sealed record BackoffSettings : IValidatableOptions
{
    /// <summary>First restart delay; default 0.5 s.</summary>
    public TimeSpan Min { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest restart delay; default 30 s.</summary>
    public TimeSpan Max { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Random jitter added to each delay as a share of it (0..1); default 0.2.</summary>
    public double RandomFactor { get; init; } = 0.2;

    /// <summary>Restarts allowed per customer before it counts as failed; default 8.</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; checked as part of the settings that hold it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid("", FindProblems());

    /// <summary>Every problem, one line each naming the profile field (backoff.min, ...); empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IEnumerable<string> FindProblems()
    {
        if (Min <= TimeSpan.Zero) yield return "backoff.min must be positive";
        if (Max < Min) yield return "backoff.max must be at least backoff.min";
        if (!(RandomFactor >= 0 && RandomFactor <= 1)) yield return "backoff.random_factor must be between 0 and 1";
        if (MaxRetries < 0) yield return "backoff.max_retries must be 0 or more";
    }
}
