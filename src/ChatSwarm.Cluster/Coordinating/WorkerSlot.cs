using Akka.Actor;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>Everything the coordinator knows of one worker: who it is, its latest cumulative results and how it ended.</summary>
internal sealed class WorkerSlot(string name, int index, IActorRef actor, DateTimeOffset joinedAt)
{
    /// <summary>The worker's cluster address.</summary>
    public string Name { get; } = name;

    /// <summary>Its index in the plan split.</summary>
    public int Index { get; } = index;

    /// <summary>Its worker actor.</summary>
    public IActorRef Actor { get; } = actor;

    /// <summary>When it joined.</summary>
    public DateTimeOffset JoinedAt { get; } = joinedAt;

    /// <summary>Where it is in the run.</summary>
    public WorkerState State { get; set; } = WorkerState.Joined;

    /// <summary>The sequence number of the latest tick applied (-1 before the first).</summary>
    public long Sequence { get; set; } = -1;

    /// <summary>Its latest report (counters and histograms so far), with <see cref="Timeline"/> kept apart.</summary>
    public RunReport? Report { get; set; }

    /// <summary>Its timeline so far, point by point.</summary>
    public List<TimelinePoint> Timeline { get; } = [];

    /// <summary>Its latest tick (live customers, CPU, memory; the final one has its exit code).</summary>
    public WorkerTick? LastTick { get; set; }

    /// <summary>Since when the cluster has seen it as unreachable, or null.</summary>
    public DateTimeOffset? UnreachableSince { get; set; }

    /// <summary>When it was lost, or null.</summary>
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Why it was lost, or null.</summary>
    public string? LeftReason { get; set; }

    /// <summary>Customers it still had when it was lost (counted as lost sessions).</summary>
    public long LostCustomers { get; set; }

    /// <summary>Applies a tick: newer ticks replace the counters and extend the timeline; older ones are ignored.</summary>
    /// <returns>True when applied.</returns>
    public bool Apply(WorkerTick tick, RunReport report)
    {
        if (tick.Sequence <= Sequence || State == WorkerState.Lost)
        {
            return false;
        }

        Sequence = tick.Sequence;
        LastTick = tick;
        var points = report.Timeline;
        int from = Math.Max(0, tick.TimelineFrom);
        for (int i = 0; i < points.Count; i++)
        {
            int at = from + i;
            if (at < Timeline.Count)
            {
                Timeline[at] = points[i];
            }
            else if (at == Timeline.Count)
            {
                Timeline.Add(points[i]);
            }
        }

        if (tick.Final && Timeline.Count > from + points.Count)
        {
            Timeline.RemoveRange(from + points.Count, Timeline.Count - from - points.Count);
        }

        Report = report with { Timeline = [] };
        return true;
    }

    /// <summary>The row of the report's workers table.</summary>
    public WorkerStats ToStats() => new()
    {
        Name = Name,
        Index = Index,
        Sessions = Report?.Sessions.Started ?? 0,
        Requests = Report?.Steps.Sum(s => s.Ok + s.Fail) ?? 0,
        Errors = Report?.Steps.Sum(s => s.Fail) ?? 0,
        CpuSeconds = Math.Round(LastTick?.CpuSeconds ?? 0, 3),
        PeakRssBytes = LastTick?.PeakRssBytes ?? 0,
        JoinedAt = JoinedAt,
        LeftAt = State == WorkerState.Lost ? LeftAt : null,
        LeftReason = State == WorkerState.Lost ? LeftReason : null,
    };
}
