using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Bots.Transcripts;

/// <summary>
/// One finished conversation as written to a transcript file: its outcome, counters, failures and every transcript
/// entry in order. Written by <c>chatswarm bot --transcript</c> and, for the first failed and the slowest conversations,
/// into a load run's folder.
/// </summary>
public sealed record ConversationTranscript
{
    /// <summary>The script's name.</summary>
    public required string Script { get; init; }

    /// <summary>The chat id, or null when no chat was created.</summary>
    public string? ChatId { get; init; }

    /// <summary>The customer's client id (lets a transcript be matched to server logs), or null.</summary>
    public string? ClientId { get; init; }

    /// <summary>When the conversation started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it ran, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>Whether the conversation completed with every expectation met and no error.</summary>
    public bool Succeeded { get; init; }

    /// <summary>Whether the bot reached its end (as opposed to failing or timing out).</summary>
    public bool Completed { get; init; }

    /// <summary>Why the conversation ended, or null when it never started.</summary>
    public string? Reason { get; init; }

    /// <summary>Failures in order (failed expectations and errors).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Non-zero bot counters by name (e.g. ExpectationMet).</summary>
    public IReadOnlyDictionary<string, long> Counters { get; init; } = new Dictionary<string, long>();

    /// <summary>Every transcript entry in order.</summary>
    public IReadOnlyList<TranscriptEntry> Entries { get; init; } = [];

    /// <summary>Builds the transcript of a finished run.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="clientId">The customer's client id, or null.</param>
    /// <param name="entries">The transcript entries in order.</param>
    /// <returns>The transcript.</returns>
    public static ConversationTranscript From(ConversationRunResult result, DateTimeOffset startedAt, string? clientId, IReadOnlyList<TranscriptEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(entries);
        return new ConversationTranscript
        {
            Script = result.ScriptName,
            ChatId = result.ChatId,
            ClientId = clientId,
            StartedAt = startedAt,
            DurationMs = Math.Round(result.Elapsed.TotalMilliseconds, 3),
            Succeeded = result.Succeeded,
            Completed = result.Outcome?.Completed ?? false,
            Reason = result.Outcome?.Reason,
            Errors = result.Errors,
            Counters = result.Counters.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value, StringComparer.Ordinal),
            Entries = entries,
        };
    }
}
