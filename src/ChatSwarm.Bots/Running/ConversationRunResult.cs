using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Bots.Running;

/// <summary>What one bot conversation (<c>chatswarm bot</c>, or a swarm of one in tests) came to.</summary>
public sealed record ConversationRunResult
{
    /// <summary>The script's name.</summary>
    public required string ScriptName { get; init; }

    /// <summary>The chat id, or null when Request Chat failed.</summary>
    public string? ChatId { get; init; }

    /// <summary>How the conversation ended, or null when it never started.</summary>
    public BotOutcome? Outcome { get; init; }

    /// <summary>The counters the conversation reported.</summary>
    public required IReadOnlyDictionary<BotCounter, long> Counters { get; init; }

    /// <summary>Failures: failed expectations, failed operations, and the runner's own (request chat, polling, max duration).</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>A counter's value (0 when never counted).</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>The value.</returns>
    public long Count(BotCounter counter) => Counters.TryGetValue(counter, out var v) ? v : 0;

    /// <summary>True when the script completed, every expectation held and nothing failed: exit code 0 for <c>chatswarm bot</c>.</summary>
    public bool Succeeded => Outcome is { Completed: true } && Errors.Count == 0 && Count(BotCounter.ExpectationFailed) == 0;
}
