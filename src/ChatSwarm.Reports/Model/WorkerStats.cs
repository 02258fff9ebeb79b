namespace ChatSwarm.Reports.Model;

/// <summary>One worker of a run spread over several processes (a cluster run, or a shard in a merged report).</summary>
public sealed record WorkerStats
{
    /// <summary>The worker's name: its cluster address (host:port) or, in a merged report, its shard folder; default empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>The worker's index in the plan split (0-based); default 0.</summary>
    public int Index { get; init; }

    /// <summary>Customers the worker started; default 0.</summary>
    public long Sessions { get; init; }

    /// <summary>API requests the worker sent; default 0.</summary>
    public long Requests { get; init; }

    /// <summary>Failed API requests; default 0.</summary>
    public long Errors { get; init; }

    /// <summary>CPU time the worker's process used, in seconds; default 0.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>The worker process's peak resident memory in bytes; default 0 (unknown).</summary>
    public long PeakRssBytes { get; init; }

    /// <summary>When the worker joined the run; null when unknown.</summary>
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>When the worker left before the run ended (lost or downed); null when it stayed to the end.</summary>
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Why the worker left early (for example "unreachable, downed"); null when it stayed to the end.</summary>
    public string? LeftReason { get; init; }
}
