using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Decides each control step of a run from the plan and the live counts: how many customers to start and to end. Pure, so
/// the control loop only carries the decision out, and a split run can be checked against the one-process plan.
/// </summary>
internal static class LoadSteering
{
    /// <summary>The step for this worker at one instant of the plan.</summary>
    /// <param name="point">What the plan asks for now (for the whole run).</param>
    /// <param name="share">This worker's share of the run.</param>
    /// <param name="effective">This worker's live customers that are not ending.</param>
    /// <param name="spawned">Customers this worker started so far.</param>
    /// <param name="maxSessions">The run's session cap, or null.</param>
    /// <param name="arrivals">Open-model arrivals this worker drew for this step (ignored in closed-model phases).</param>
    /// <returns>Customers to start and end.</returns>
    public static SteeringStep Decide(LoadPoint point, WorkerShare share, long effective, long spawned, int? maxSessions, int arrivals)
    {
        long start = 0;
        long end = 0;
        if (point.IsFinished)
        {
            return default;
        }

        if (point.TargetConcurrent is { } target)
        {
            var mine = share.Of(target);
            if (effective < mine)
            {
                start = mine - effective;
            }
            else
            {
                end = effective - mine;
            }
        }
        else if (point.ArrivalRatePerSecond is not null)
        {
            start = Math.Max(0, arrivals);
        }

        var capReached = false;
        if (start > 0 && maxSessions is { } cap)
        {
            var left = share.Of(cap) - spawned;
            capReached = left <= 0;
            start = Math.Clamp(left, 0, start);
        }

        return new SteeringStep((int)start, (int)end, capReached);
    }
}
