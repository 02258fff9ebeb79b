using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;

namespace ChatSwarm.Bots.Running;

/// <summary>What one <c>chatswarm bot</c> conversation left behind.</summary>
/// <param name="ExitCode">0 when every expectation held, 1 otherwise.</param>
/// <param name="Result">The conversation's result, or null when it was cancelled before its chat started.</param>
/// <param name="Entries">Every transcript entry in order (also those the console hid).</param>
/// <param name="StartedAt">When the conversation started.</param>
/// <param name="ClientId">The customer's client id.</param>
public sealed record BotConsoleResult(int ExitCode, ConversationRunResult? Result, IReadOnlyList<TranscriptEntry> Entries, DateTimeOffset StartedAt, string ClientId)
{
    /// <summary>The transcript file's content, or null when no conversation ran.</summary>
    public ConversationTranscript? ToTranscript() => Result is null ? null : ConversationTranscript.From(Result, StartedAt, ClientId, Entries);
}
