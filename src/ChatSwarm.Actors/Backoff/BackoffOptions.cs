namespace ChatSwarm.Actors;

/// <summary>
/// Settings of a <see cref="BackoffSupervisor"/>, made with <see cref="Backoff.OnFailure"/> or <see cref="Backoff.OnStop"/>
/// and refined with the <c>With*</c> methods. Validated by <see cref="BackoffSupervisor.Props"/>.
/// </summary>
public sealed record BackoffOptions
{
    internal BackoffOptions(bool onFailure, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries)
    {
        IsOnFailure = onFailure;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
        MaxNrOfRetries = maxNrOfRetries;
        ResetBackoff = minBackoff;
    }

    /// <summary>True for <see cref="Backoff.OnFailure"/> (restart with backoff when the child throws); false for <see cref="Backoff.OnStop"/>.</summary>
    public bool IsOnFailure { get; init; }

    /// <summary>Props of the supervised child (no default).</summary>
    public Props ChildProps { get; init; }

    /// <summary>Name of the supervised child, reused by every incarnation (no default).</summary>
    public string ChildName { get; init; }

    /// <summary>Delay before the first restart (no default; must be positive).</summary>
    public TimeSpan MinBackoff { get; init; }

    /// <summary>Upper bound of the exponential part of the delay (no default; at least MinBackoff).</summary>
    public TimeSpan MaxBackoff { get; init; }

    /// <summary>Jitter: the delay is multiplied by 1 + random·RandomFactor (no default; 0..1).</summary>
    public double RandomFactor { get; init; }

    /// <summary>Restarts allowed before the supervisor stops itself; -1 is unlimited (no default).</summary>
    public int MaxNrOfRetries { get; init; }

    /// <summary>Stable period after which the restart count resets; null means manual reset. Default MinBackoff.</summary>
    public TimeSpan? ResetBackoff { get; init; }

    /// <summary>
    /// Strategy for the child's failures. OnFailure: its decider picks the exceptions that back off (Restart) and the
    /// ones that stop the child and the supervisor (Stop). OnStop: applied as-is. Default null = <see cref="SupervisorStrategy.DefaultStrategy"/>.
    /// </summary>
    public SupervisorStrategy? SupervisorStrategy { get; init; }

    /// <summary>Reply sent to senders while the child is stopped; default null = such messages go to dead letters.</summary>
    public object? ReplyWhileStopped { get; init; }

    /// <summary>Resets the restart count after the child has run for <paramref name="resetBackoff"/> without failing.</summary>
    public BackoffOptions WithAutoReset(TimeSpan resetBackoff) => this with { ResetBackoff = resetBackoff };

    /// <summary>Resets the restart count only on <see cref="BackoffSupervisor.Reset"/>.</summary>
    public BackoffOptions WithManualReset() => this with { ResetBackoff = null };

    /// <summary>Uses <paramref name="strategy"/> for the child's failures.</summary>
    public BackoffOptions WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { SupervisorStrategy = strategy };
    }

    /// <summary>Stops the child on any failure (so with OnStop every crash backs off).</summary>
    public BackoffOptions WithDefaultStoppingStrategy() => this with { SupervisorStrategy = Actors.SupervisorStrategy.StoppingStrategy };

    /// <summary>Answers <paramref name="reply"/> to messages arriving while the child is stopped.</summary>
    public BackoffOptions WithReplyWhileStopped(object reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return this with { ReplyWhileStopped = reply };
    }

    /// <summary>Returns a one-line description of the first invalid field, or null when valid.</summary>
    public string? Validate()
    {
        if (ChildProps is null)
        {
            return "BackoffOptions.ChildProps must not be null.";
        }

        if (string.IsNullOrEmpty(ChildName) || ChildName.Contains('/') || ChildName[0] == '$')
        {
            return $"BackoffOptions.ChildName must be non-empty, without '/', not starting with '$' (was '{ChildName}').";
        }

        if (MinBackoff <= TimeSpan.Zero)
        {
            return $"BackoffOptions.MinBackoff must be positive (was {MinBackoff}).";
        }

        if (MaxBackoff < MinBackoff)
        {
            return $"BackoffOptions.MaxBackoff must be at least MinBackoff {MinBackoff} (was {MaxBackoff}).";
        }

        if (double.IsNaN(RandomFactor) || RandomFactor is < 0 or > 1)
        {
            return $"BackoffOptions.RandomFactor must be between 0 and 1 (was {RandomFactor}).";
        }

        if (MaxNrOfRetries < -1)
        {
            return $"BackoffOptions.MaxNrOfRetries must be -1 (unlimited) or at least 0 (was {MaxNrOfRetries}).";
        }

        if (ResetBackoff is { } reset && reset <= TimeSpan.Zero)
        {
            return $"BackoffOptions.ResetBackoff must be positive (was {reset}).";
        }

        return null;
    }

    /// <summary>
    /// The delay before restart number <paramref name="restartCount"/> (0-based):
    /// min(MaxBackoff, MinBackoff·2^n) × (1 + random·RandomFactor).
    /// </summary>
    /// <param name="restartCount">Restarts already done in the current streak.</param>
    /// <param name="random">A value in [0, 1).</param>
    public TimeSpan CalculateDelay(int restartCount, double random)
    {
        var jitter = 1.0 + (random * RandomFactor);
        var exponential = restartCount >= 30
            ? MaxBackoff.Ticks
            : Math.Min(MaxBackoff.Ticks, MinBackoff.Ticks * Math.Pow(2, restartCount));
        var ticks = exponential * jitter;
        return ticks >= TimeSpan.MaxValue.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
