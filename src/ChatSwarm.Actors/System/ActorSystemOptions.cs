namespace ChatSwarm.Actors;

/// <summary>Settings of an <see cref="ActorSystem"/>; validated by <see cref="ActorSystem.Create"/>.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>Clock for timers, receive timeouts, backoff, Ask timeouts and log timestamps. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Random source returning values in [0, 1), used for backoff jitter. Default <see cref="System.Random.Shared"/>.NextDouble.</summary>
    public Func<double> Random { get; init; } = static () => System.Random.Shared.NextDouble();

    /// <summary>User messages an actor processes per turn before yielding its thread (1..10,000). Default 30, as in Akka.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>Called for every dead letter (after counting). Default null.</summary>
    public Action<DeadLetter>? OnDeadLetter { get; init; }

    /// <summary>Called for every log event at or above <see cref="MinimumLogLevel"/>. Default null.</summary>
    public Action<ActorLogEvent>? Log { get; init; }

    /// <summary>Lowest level passed to <see cref="Log"/> and published on the event stream. Default <see cref="ActorLogLevel.Info"/>.</summary>
    public ActorLogLevel MinimumLogLevel { get; init; } = ActorLogLevel.Info;

    /// <summary>Strategy the user guardian applies to top-level actors. Default <see cref="SupervisorStrategy.DefaultStrategy"/> (restart).</summary>
    public SupervisorStrategy? GuardianStrategy { get; init; }

    /// <summary>Deadline used by <see cref="ActorSystem.DisposeAsync"/>. Default 10 seconds.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Returns a one-line description of the first invalid field, or null when valid.</summary>
    public string? Validate()
    {
        if (TimeProvider is null)
        {
            return "ActorSystemOptions.TimeProvider must not be null.";
        }

        if (Random is null)
        {
            return "ActorSystemOptions.Random must not be null.";
        }

        if (Throughput is < 1 or > 10_000)
        {
            return $"ActorSystemOptions.Throughput must be between 1 and 10000 (was {Throughput}).";
        }

        if (!Enum.IsDefined(MinimumLogLevel))
        {
            return $"ActorSystemOptions.MinimumLogLevel must be Debug, Info, Warning or Error (was {(int)MinimumLogLevel}).";
        }

        if (ShutdownTimeout <= TimeSpan.Zero && ShutdownTimeout != Timeout.InfiniteTimeSpan)
        {
            return $"ActorSystemOptions.ShutdownTimeout must be positive (was {ShutdownTimeout}).";
        }

        return null;
    }
}
