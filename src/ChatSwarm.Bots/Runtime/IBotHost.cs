namespace ChatSwarm.Bots.Runtime;

/// <summary>
/// What a conversation can ask of its host. The host owns the chat session and its single long-poll loop; it runs
/// enqueued operations one at a time in order, beside the poll, and reports each back through
/// <see cref="IBotConversation.OnOperationCompleted"/>.
/// </summary>
public interface IBotHost
{
    /// <summary>The customer's clientId.</summary>
    string ClientId { get; }

    /// <summary>The chat id of the session.</summary>
    string ChatId { get; }

    /// <summary>The clock of the run (a manual clock in tests).</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>Queues an operation (send events, upload, download, case calls); operations run in order.</summary>
    void Enqueue(BotOperation operation);

    /// <summary>Starts (or restarts) the timer <paramref name="key"/>; <see cref="IBotConversation.OnTimer"/> follows after <paramref name="delay"/>.</summary>
    void StartTimer(object key, TimeSpan delay);

    /// <summary>Cancels the timer <paramref name="key"/>; its tick is never delivered.</summary>
    void CancelTimer(object key);

    /// <summary>The conversation is over: the host runs what is queued, stops polling and records <paramref name="outcome"/>.</summary>
    void Finish(BotOutcome outcome);

    /// <summary>Adds <paramref name="count"/> to a per-script counter of the run's metrics.</summary>
    void Count(BotCounter counter, long count = 1);

    /// <summary>Records a transcript line (shown by <c>chatswarm bot</c>; a load run may drop it).</summary>
    void Transcript(TranscriptEntry entry);

    /// <summary>
    /// Whether <see cref="Transcript"/> lines are wanted. A load run that drops them returns false so conversations
    /// skip building them; default true.
    /// </summary>
    bool IsTranscriptEnabled => true;
}
