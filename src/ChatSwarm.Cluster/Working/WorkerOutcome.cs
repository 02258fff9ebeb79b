using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Working;

/// <summary>How a worker's part in a cluster run ended.</summary>
public sealed record WorkerOutcome
{
    /// <summary>The process exit code: 0 when the coordinator has the results, 2 otherwise.</summary>
    public required int ExitCode { get; init; }

    /// <summary>A one-line reason when the worker did not run or the coordinator was lost; null otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>True when the coordinator was lost mid-run (the worker then writes its own report).</summary>
    public bool CoordinatorLost { get; init; }

    /// <summary>The assignment, once received; null before.</summary>
    public WorkAssignment? Assignment { get; init; }

    /// <summary>The share's result, when it ran.</summary>
    public SwarmRunResult? Result { get; init; }
}
