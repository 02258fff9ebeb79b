using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>How a cluster run ended: its merged result, or the one-line reason it never started.</summary>
public sealed record ClusterRunResult
{
    /// <summary>The merged result (report with the workers table, thresholds on merged data, exit code); null when the run never started.</summary>
    public SwarmRunResult? Run { get; init; }

    /// <summary>Why the run never started (workers did not join in time, a worker could not load its assignment); null when it ran.</summary>
    public string? SetupError { get; init; }

    /// <summary>How many workers had joined when the join timeout passed, when that is why the run never started; otherwise null.</summary>
    public int? WorkersJoined { get; init; }
}
