using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cluster.Wire;

/// <summary>
/// A worker's cumulative results, sent every second and once more at the end (<see cref="Final"/>): its report so far
/// (counters and mergeable histograms; only the timeline points the coordinator has not had yet), its live customers and
/// its process's CPU and memory. Cumulative, so a lost tick costs nothing and nothing is counted twice.
/// </summary>
internal sealed record WorkerTick
{
    /// <summary>Increases by one per tick; older ticks arriving late are ignored.</summary>
    public long Sequence { get; init; }

    /// <summary>True for the last tick, sent when the worker's run has ended (its report then has the whole timeline).</summary>
    public bool Final { get; init; }

    /// <summary>The index of the first timeline point in <see cref="Report"/>.</summary>
    public int TimelineFrom { get; init; }

    /// <summary>Customers alive on the worker now.</summary>
    public long Live { get; init; }

    /// <summary>CPU time the worker's process has used, in seconds.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>The worker process's peak resident memory, in bytes.</summary>
    public long PeakRssBytes { get; init; }

    /// <summary>The worker's own exit code for its share (final tick only).</summary>
    public int ExitCode { get; init; }

    /// <summary>Why the worker's share stopped early, or null (final tick only).</summary>
    public string? StopReason { get; init; }

    /// <summary>True when the worker's share stopped before its plan ended (final tick only).</summary>
    public bool StoppedEarly { get; init; }

    /// <summary>Customers still busy when the worker stopped waiting for them (final tick only).</summary>
    public long Abandoned { get; init; }

    /// <summary>
    /// The worker's report so far. It travels as it is measured, with no plausibility check: a starved worker's timeline
    /// may hold two points at the same second (the coordinator's timeline merge adds them), which report.json readers reject.
    /// </summary>
    public RunReport Report { get; init; } = new() { Run = new RunInfo() };
}
