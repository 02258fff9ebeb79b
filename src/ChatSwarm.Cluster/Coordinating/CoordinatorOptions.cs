using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>What the coordinator of a cluster run needs. Validated by <see cref="Validate"/>.</summary>
public sealed record CoordinatorOptions
{
    /// <summary>The node's cluster settings (required; role <see cref="ClusterRole.Coordinator"/>).</summary>
    public required ClusterOptions Cluster { get; init; }

    /// <summary>How many workers to wait for (required, at least 1).</summary>
    public required int Workers { get; init; }

    /// <summary>The profile as the coordinator loaded it, overrides applied: its plan, grace period and thresholds (required).</summary>
    public required LoadProfile Profile { get; init; }

    /// <summary>What every worker receives (run id, seed, target, files); the coordinator fills in each worker's index and count (required).</summary>
    public required WorkAssignment Assignment { get; init; }

    /// <summary>The target's base address for the report; default null.</summary>
    public Uri? Target { get; init; }

    /// <summary>How long to wait for all workers to join. Default 60 s.</summary>
    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long workers may take to load their assignment. Default 60 s.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How far after the last worker is ready the shared start is set (so the start message reaches everyone first). Default 2 s.</summary>
    public TimeSpan StartDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long past the plan (or the stop) and the grace period the coordinator waits for final results before counting a silent worker as lost. Default 30 s.</summary>
    public TimeSpan FinishMargin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The coordinator's log (joins, losses; Akka's cluster logs); null drops it. Default null.</summary>
    public Serilog.ILogger? Log { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Cluster, nameof(Cluster));
        ArgumentNullException.ThrowIfNull(Profile, nameof(Profile));
        ArgumentNullException.ThrowIfNull(Assignment, nameof(Assignment));
        Cluster.Validate();
        if (Cluster.Role != ClusterRole.Coordinator)
        {
            throw new ArgumentException("Cluster.Role: the coordinator's node must have the coordinator role.");
        }

        if (Workers < 1)
        {
            throw new ArgumentException($"Workers: expected at least 1, got {Workers}.");
        }

        if (JoinTimeout <= TimeSpan.Zero || ReadyTimeout <= TimeSpan.Zero || StartDelay < TimeSpan.Zero || FinishMargin < TimeSpan.Zero)
        {
            throw new ArgumentException("JoinTimeout, ReadyTimeout: expected positive durations; StartDelay, FinishMargin: zero or positive.");
        }
    }
}
