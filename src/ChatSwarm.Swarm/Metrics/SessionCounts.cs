namespace ChatSwarm.Swarm.Metrics;

/// <summary>Session lifecycle totals at the moment of a snapshot.</summary>
/// <param name="Started">Sessions started (customers that began their lifecycle).</param>
/// <param name="Queued">Sessions that were queued for an agent.</param>
/// <param name="Connected">Sessions an agent joined.</param>
/// <param name="Completed">Sessions that ended normally.</param>
/// <param name="Failed">Sessions that ended in an error.</param>
/// <param name="Restarts">Customer restarts after transient failures.</param>
/// <param name="Stopped">Customers that stopped for good (active = started - stopped).</param>
/// <param name="Backoffs">Backoff delays scheduled before restarts.</param>
/// <param name="BackoffTotal">The sum of those delays: time customers spent waiting to start again.</param>
/// <param name="EndedByRun">Sessions the run ended before their script did (ramp-down, grace, stop, max duration).</param>
/// <param name="Lost">Sessions whose chat the server lost (5005).</param>
public sealed record SessionCounts(
    long Started, long Queued, long Connected, long Completed, long Failed, long Restarts, long Stopped, long Backoffs = 0, TimeSpan BackoffTotal = default, long EndedByRun = 0, long Lost = 0)
{
    /// <summary>Sessions that ended, however: completed, failed, ended by the run or lost.</summary>
    public long Ended => Completed + Failed + EndedByRun + Lost;
}
