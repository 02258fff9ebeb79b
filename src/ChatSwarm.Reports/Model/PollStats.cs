namespace ChatSwarm.Reports.Model;

/// <summary>Long-poll (Get New Chat Events) statistics.</summary>
public sealed record PollStats
{
    /// <summary>Polls issued; default 0.</summary>
    public long Count { get; init; }

    /// <summary>Mean time the server held a poll open, in milliseconds; default 0.</summary>
    public double MeanHoldMs { get; init; }

    /// <summary>Polls rejected with 5509 (concurrent polls for one session); default 0.</summary>
    public long ConcurrentPollErrors { get; init; }
}
