using ChatSwarm.Bots.Runtime;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Conversations;

/// <summary>Settings of a <see cref="ConversationRunner"/>. Validated by <see cref="Validate"/>.</summary>
public sealed record ConversationRunnerOptions
{
    /// <summary>The customer's clientId; required, non-empty.</summary>
    public required string ClientId { get; init; }

    /// <summary>The longest the conversation may run before the customer ends its chat (as a load run's max session duration); default 10 minutes.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The clock for timers and the max duration; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called with each transcript line as it happens, on the customer's actor; default none.</summary>
    public Action<TranscriptEntry>? Transcript { get; init; }

    /// <summary>How the customer restarts after transient failures, exactly as in a load run; default <see cref="BackoffSettings"/>'s defaults.</summary>
    public BackoffSettings Backoff { get; init; } = new();

    /// <summary>How long a cancelled conversation may take to end its chat before it is abandoned; default 10 s.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The actor system's tunable settings; default <see cref="ActorSystemOptions"/>'s defaults.</summary>
    public ActorSystemOptions ActorSystem { get; init; } = new();

    /// <summary>Where Akka's own log events go; null drops them. Default null.</summary>
    public Serilog.ILogger? Log { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid field.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new ArgumentException("ConversationRunnerOptions.ClientId: expected a non-empty client id.");
        }

        if (MaxDuration <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ConversationRunnerOptions.MaxDuration: expected a positive duration, got {MaxDuration}.");
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("ConversationRunnerOptions.TimeProvider: expected a clock, got null.");
        }

        ArgumentNullException.ThrowIfNull(Backoff, nameof(Backoff));
        if (Backoff.Validate() is { } backoffError)
        {
            throw new ArgumentException($"ConversationRunnerOptions.Backoff: {backoffError}.");
        }

        if (StopGrace < TimeSpan.Zero)
        {
            throw new ArgumentException($"ConversationRunnerOptions.StopGrace: expected zero or more, got {StopGrace}.");
        }

        ArgumentNullException.ThrowIfNull(ActorSystem, nameof(ActorSystem));
        ActorSystem.Validate();
    }
}
