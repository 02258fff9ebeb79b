using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Transcripts;

namespace ChatSwarm.Swarm.Transcripts;

/// <summary>
/// Keeps, with fixed memory, the transcripts of the first N failed conversations and of the N slowest conversations of
/// a load run. Thread-safe: any customer may offer its finished conversation. Cheap to ask first with
/// <see cref="IsWanted"/>, so a customer builds a <see cref="ConversationTranscript"/> only when it would be kept.
/// </summary>
public sealed partial class TranscriptKeeper
{
    private readonly object _gate = new();
    private readonly int _count;
    private readonly int _maxEntries;
    private readonly List<ConversationTranscript> _failed;

    // Min-heap on duration: the root is the fastest of the kept slowest, the one a slower conversation replaces.
    private readonly PriorityQueue<ConversationTranscript, double> _slowest;
    private int _failedCount;
    private double _slowestFloorMs = -1;
    private long _offered;

    /// <summary>Creates a keeper.</summary>
    /// <param name="options">How many to keep; null for defaults.</param>
    public TranscriptKeeper(TranscriptKeeperOptions? options)
    {
        options ??= new TranscriptKeeperOptions();
        options.Validate();
        _count = options.Count;
        _maxEntries = options.MaxEntries;
        _failed = new List<ConversationTranscript>(_count);
        _slowest = new PriorityQueue<ConversationTranscript, double>(_count + 1);
    }

    /// <summary>Transcripts kept of each kind.</summary>
    public int Capacity => _count;

    /// <summary>Conversations offered so far.</summary>
    public long Offered => Interlocked.Read(ref _offered);

    /// <summary>
    /// Whether a conversation that ended this way would be kept now; a lock-free hint (a concurrent offer may still
    /// take the place), so <see cref="Offer"/> decides.
    /// </summary>
    /// <param name="failed">Whether the conversation failed.</param>
    /// <param name="duration">How long it ran.</param>
    /// <returns>True when worth building the transcript.</returns>
    public bool IsWanted(bool failed, TimeSpan duration)
    {
        if (_count == 0)
        {
            return false;
        }

        return (failed && Volatile.Read(ref _failedCount) < _count) || duration.TotalMilliseconds > Volatile.Read(ref _slowestFloorMs);
    }

    /// <summary>
    /// Offers a finished conversation: kept when it is among the first failed (when it did not succeed) or among the
    /// slowest so far. Over-long transcripts keep their first entries.
    /// </summary>
    /// <param name="transcript">The conversation's transcript.</param>
    /// <returns>True when it was kept (in either list).</returns>
    public bool Offer(ConversationTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        Interlocked.Increment(ref _offered);
        if (_count == 0)
        {
            return false;
        }

        transcript = Trim(transcript);
        bool kept = false;
        lock (_gate)
        {
            if (!transcript.Succeeded && _failed.Count < _count)
            {
                _failed.Add(transcript);
                Volatile.Write(ref _failedCount, _failed.Count);
                kept = true;
            }

            if (_slowest.Count < _count)
            {
                _slowest.Enqueue(transcript, transcript.DurationMs);
                kept = true;
            }
            else if (transcript.DurationMs > _slowestFloorMs)
            {
                _slowest.EnqueueDequeue(transcript, transcript.DurationMs);
                kept = true;
            }

            // Below capacity anything is wanted; once full, only what beats the fastest kept.
            Volatile.Write(ref _slowestFloorMs, _slowest.Count < _count ? -1 : _slowest.TryPeek(out _, out var floor) ? floor : -1);
        }

        return kept;
    }

    /// <summary>The kept transcripts: the failed ones in the order they ended, the slowest slowest-first.</summary>
    /// <returns>Copies of both lists.</returns>
    public (IReadOnlyList<ConversationTranscript> Failed, IReadOnlyList<ConversationTranscript> Slowest) Snapshot()
    {
        lock (_gate)
        {
            var slowest = _slowest.UnorderedItems.Select(i => i.Element).OrderByDescending(t => t.DurationMs).ToList();
            return ([.. _failed], slowest);
        }
    }

    private ConversationTranscript Trim(ConversationTranscript transcript)
    {
        if (transcript.Entries.Count <= _maxEntries)
        {
            return transcript;
        }

        var last = transcript.Entries[_maxEntries - 1];
        var entries = transcript.Entries.Take(_maxEntries - 1)
            .Append(new TranscriptEntry(last.At, "system", "truncated", $"{transcript.Entries.Count - _maxEntries + 1} more entries were dropped to bound memory"))
            .ToArray();
        return transcript with { Entries = entries };
    }
}
