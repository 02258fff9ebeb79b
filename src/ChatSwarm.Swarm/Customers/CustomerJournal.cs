using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// What one customer has done so far, kept outside the actor so it survives restarts: the restarted incarnation
/// resumes the same chat and does not count the session (or its queue wait) twice, and the group supervisor can
/// account for the customer once it is gone. One incarnation at a time writes it; the supervisor reads it after
/// <c>Terminated</c>, which the mailbox orders after every write.
/// </summary>
internal sealed class CustomerJournal
{
    private volatile bool _endRequested;

    public CustomerJournal(int index, string clientId)
    {
        Index = index;
        ClientId = clientId;
    }

    /// <summary>The customer's index in the run.</summary>
    public int Index { get; }

    /// <summary>The customer's clientId, the same for every incarnation.</summary>
    public string ClientId { get; }

    /// <summary>How many incarnations have started (1 for the first).</summary>
    public int Incarnations { get; set; }

    /// <summary>When the current incarnation began (TimeProvider timestamp): a long healthy run resets the backoff streak.</summary>
    public long IncarnationStartedAt { get; set; }

    /// <summary>Set by an incarnation that failed transiently, just before it raises the failure: the group restarts it.</summary>
    public bool RestartWanted { get; set; }

    /// <summary>Restarts in the current streak (reset after a healthy run); the backoff delay grows with it.</summary>
    public int RestartStreak { get; set; }

    /// <summary>The chat id once Request Chat succeeded.</summary>
    public string? ChatId { get; set; }

    /// <summary>The script the customer runs, once chosen.</summary>
    public string? ScriptName { get; set; }

    /// <summary>When the first Request Chat was sent (TimeProvider timestamp), null before.</summary>
    public long? ChatRequestedAt { get; set; }

    /// <summary>When the chat was first seen queued, null before.</summary>
    public long? QueuedAt { get; set; }

    /// <summary>When the chat was first seen connected, null before.</summary>
    public long? ConnectedAt { get; set; }

    /// <summary>Whether SessionStarted was recorded (so SessionStopped must follow).</summary>
    public bool StartCounted { get; set; }

    /// <summary>Whether the conversation's start was counted: a resumed conversation is the same one, counted once.</summary>
    public bool ConversationStartCounted { get; set; }

    /// <summary>Whether the conversation's completion was counted (a restart can come after it, e.g. when its last send fails).</summary>
    public bool ConversationCompletionCounted { get; set; }

    /// <summary>Whether the first agent message was timed.</summary>
    public bool FirstAgentMessageCounted { get; set; }

    /// <summary>The latest transient error, reported if the restart budget runs out.</summary>
    public ApiError? LastTransientError { get; set; }

    /// <summary>Why the customer was asked to end its chat (run stopping, max session duration), first request wins; null when never asked.</summary>
    public string? StopReason { get; set; }

    /// <summary>How the conversation said it finished (or the host's own outcome when the chat ended under it); null before.</summary>
    public Bots.Runtime.BotOutcome? Outcome { get; set; }

    /// <summary>How the customer ended; <see cref="CustomerEnd.None"/> while it runs.</summary>
    public CustomerEnd End { get; private set; }

    /// <summary>Why it ended, e.g. <c>script finished</c> or the error text.</summary>
    public string? EndReason { get; private set; }

    /// <summary>The error code that ended it, for failures caused by an API error.</summary>
    public ApiErrorCode? FailureCode { get; private set; }

    /// <summary>Whether the failure is a permanent error (auth, launch point) that early-stop detection counts.</summary>
    public bool FailedPermanently { get; private set; }

    /// <summary>Set by the supervisor when the customer must end its chat; a restarted incarnation honours it too.</summary>
    public bool EndRequested
    {
        get => _endRequested;
        set => _endRequested = value;
    }

    /// <summary>Records a normal end (first decision wins).</summary>
    public void MarkEnded(CustomerEnd end, string reason)
    {
        if (End != CustomerEnd.None)
        {
            return;
        }

        End = end;
        EndReason = reason;
    }

    /// <summary>Records a failure (first decision wins).</summary>
    public void MarkFailed(ApiErrorCode? code, string reason, bool permanent)
    {
        if (End != CustomerEnd.None)
        {
            return;
        }

        End = CustomerEnd.Failed;
        EndReason = reason;
        FailureCode = code;
        FailedPermanently = permanent;
    }

    /// <summary>Marks the end of a customer whose actor stopped without deciding (restart budget spent, or stopped from outside).</summary>
    public void MarkStoppedUndecided()
    {
        if (End != CustomerEnd.None)
        {
            return;
        }

        if (LastTransientError is { } error)
        {
            MarkFailed(error.Code, $"gave up after {Incarnations} attempts: {error}", permanent: false);
        }
        else
        {
            End = CustomerEnd.Cancelled;
            EndReason = "stopped";
        }
    }
}
