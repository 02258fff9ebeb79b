namespace ChatSwarm.Reports.Model;

/// <summary>Identity of a run: who ran what, against which target, on which machine.</summary>
public sealed record RunInfo
{
    /// <summary>Run id shared by all shards of a run; default empty.</summary>
    public string Id { get; init; } = "";

    /// <summary>Load profile name; default empty.</summary>
    public string Profile { get; init; } = "";

    /// <summary>Target base URL without credentials or query; default empty.</summary>
    public string TargetBaseUrl { get; init; } = "";

    /// <summary>When the run (or the earliest shard) started; default the Unix epoch.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock duration in seconds; default 0.</summary>
    public double DurationS { get; init; }

    /// <summary>Number of shards merged into this report; default 1.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Random seed of the run, if one was fixed; default null.</summary>
    public long? Seed { get; init; }

    /// <summary>chatswarm version that produced the run; default empty.</summary>
    public string ToolVersion { get; init; } = "";

    /// <summary>Machine the run executed on; default unknown.</summary>
    public MachineInfo Machine { get; init; } = new();
}
