using System.Collections.Concurrent;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Transcripts;

/// <summary>
/// A load run's transcripts: each live customer's lines are kept (at most <see cref="MaxEntries"/>) until it is gone,
/// then offered to the <see cref="TranscriptKeeper"/>, which keeps the first failed and the slowest conversations.
/// A restarted customer's lines continue its one transcript, as its conversation resumes.
/// </summary>
internal sealed class TranscriptCollector(TranscriptKeeper keeper, TimeProvider clock) : ITranscriptSink
{
    /// <summary>Lines kept per live conversation; a longer conversation keeps its first ones (the keeper trims further).</summary>
    internal const int MaxEntries = 500;

    private readonly ConcurrentDictionary<int, List<TranscriptEntry>> _live = new();

    public void Write(CustomerJournal journal, TranscriptEntry entry)
    {
        // Receipts, typing and widget hooks are most of a chat's lines and none of what a failure is read for: thousands
        // of live conversations hold their lines until they end, so only what the transcript shows by default is kept.
        if (TranscriptFormatter.IsVerboseOnly(entry.Kind))
        {
            return;
        }

        var lines = _live.GetOrAdd(journal.Index, static _ => new List<TranscriptEntry>(4));
        if (lines.Count < MaxEntries)
        {
            lines.Add(entry);
        }
    }

    public void Finished(CustomerJournal journal)
    {
        if (!_live.TryRemove(journal.Index, out var lines) || lines.Count == 0)
        {
            return;
        }

        var duration = journal.ChatRequestedAt is { } requested ? clock.GetElapsedTime(requested) : TimeSpan.Zero;
        var errors = lines.Where(l => l.Kind is "error" or "expect_failed").Select(l => l.Text).ToList();
        if (journal.End == CustomerEnd.Failed && journal.EndReason is { } failure)
        {
            errors.Add(failure);
        }

        var completed = journal.Outcome is { Completed: true };
        var succeeded = journal.End == CustomerEnd.Completed && completed && errors.Count == 0;
        if (!keeper.IsWanted(!succeeded, duration))
        {
            return;
        }

        keeper.Offer(new ConversationTranscript
        {
            Script = journal.ScriptName ?? "unknown",
            ChatId = journal.ChatId,
            ClientId = journal.ClientId,
            StartedAt = lines[0].At,
            DurationMs = Math.Round(duration.TotalMilliseconds, 1),
            Succeeded = succeeded,
            Completed = completed,
            Reason = journal.Outcome?.Reason ?? journal.EndReason,
            Errors = errors,
            Entries = lines,
        });
    }
}
