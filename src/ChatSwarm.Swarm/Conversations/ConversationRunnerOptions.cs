using ChatSwarm.Bots.Runtime;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Conversations;

/// <summary>Settings of a <see cref="ConversationRunner"/>, which checks them once with <see cref="Validate"/>.</summary>
public sealed record ConversationRunnerOptions : IValidatableOptions
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

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="ConversationRunner"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (string.IsNullOrWhiteSpace(ClientId)) yield return "ClientId: expected a non-empty client id";
        if (MaxDuration <= TimeSpan.Zero) yield return $"MaxDuration: expected a positive duration, got {MaxDuration}";
        if (TimeProvider is null) yield return "TimeProvider: expected a clock, got null";
        if (Backoff is null) yield return "Backoff: expected settings, got null";
        else foreach (var problem in Backoff.FindProblems()) yield return problem;
        if (StopGrace < TimeSpan.Zero) yield return $"StopGrace: expected zero or more, got {StopGrace}";
        foreach (var problem in OptionsValidator.Nested(nameof(ActorSystem), ActorSystem)) yield return problem;
    }
}
