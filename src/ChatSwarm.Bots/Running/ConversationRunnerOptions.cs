using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Bots.Running;

/// <summary>Settings of a <see cref="ConversationRunner"/>.</summary>
public sealed record ConversationRunnerOptions
{
    /// <summary>The customer's clientId; required, non-empty.</summary>
    public required string ClientId { get; init; }

    /// <summary>The longest the conversation may run before it is stopped (and its chat ended); default 10 minutes.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The clock for timers and the max duration; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called with each transcript line as it happens, on the runner's loop; default none.</summary>
    public Action<TranscriptEntry>? Transcript { get; init; }

    /// <summary>Pause before re-polling after a transient poll error; default 1 s.</summary>
    public TimeSpan PollRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Consecutive transient poll errors tolerated before the session counts as lost; default 5.</summary>
    public int MaxPollFailures { get; init; } = 5;

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

        if (PollRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"ConversationRunnerOptions.PollRetryDelay: expected zero or more, got {PollRetryDelay}.");
        }

        if (MaxPollFailures < 1)
        {
            throw new ArgumentException($"ConversationRunnerOptions.MaxPollFailures: expected at least 1, got {MaxPollFailures}.");
        }
    }
}
