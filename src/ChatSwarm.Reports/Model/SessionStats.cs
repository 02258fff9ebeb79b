namespace ChatSwarm.Reports.Model;

/// <summary>Chat session counters across the run.</summary>
public sealed record SessionStats
{
    /// <summary>Sessions that requested a chat; default 0.</summary>
    public long Started { get; init; }

    /// <summary>Sessions that waited in the queue; default 0.</summary>
    public long Queued { get; init; }

    /// <summary>Sessions an agent joined; default 0.</summary>
    public long Connected { get; init; }

    /// <summary>Sessions that ran to their end (the script, the agent or the server ended the chat); default 0.</summary>
    public long Completed { get; init; }

    /// <summary>Sessions the run ended before their script did (ramp-down, grace period, stop, max session duration); default 0.</summary>
    public long EndedByRun { get; init; }

    /// <summary>Sessions whose chat the server lost (5005); default 0.</summary>
    public long Lost { get; init; }

    /// <summary>
    /// Sessions still running when the run stopped waiting for them (grace period spent, or stopped at once): their
    /// chats were left open on the server and their end is unknown; default 0 (reports written before this field read 0).
    /// </summary>
    public long Abandoned { get; init; }

    /// <summary>Sessions that ended in an error; default 0.</summary>
    public long Failed { get; init; }

    /// <summary>Session restarts after a failure; default 0.</summary>
    public long Restarts { get; init; }

    /// <summary>Seconds customers spent waiting out restart backoff delays, summed over customers; default 0.</summary>
    public double BackoffS { get; init; }

    /// <summary>Largest number of sessions active at once; default 0.</summary>
    public long PeakConcurrent { get; init; }
}
