using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>What the coordinator of a cluster run needs; <see cref="ClusterCoordinator"/> checks it once with <see cref="Validate"/>.</summary>
public sealed record CoordinatorOptions : IValidatableOptions
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

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="ClusterCoordinator"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        foreach (var problem in OptionsValidator.Nested(nameof(Cluster), Cluster)) yield return problem;
        if (Cluster is not null && Cluster.Role != ClusterRole.Coordinator) yield return "Cluster.Role: the coordinator's node must have the coordinator role";
        if (Workers < 1) yield return $"Workers: expected at least 1, got {Workers}";
        if (Profile is null) yield return "Profile: expected the load profile, got null";
        if (Assignment is null) yield return "Assignment: expected the work assignment, got null";
        if (JoinTimeout <= TimeSpan.Zero) yield return $"JoinTimeout: expected a positive duration, got {JoinTimeout}";
        if (ReadyTimeout <= TimeSpan.Zero) yield return $"ReadyTimeout: expected a positive duration, got {ReadyTimeout}";
        if (StartDelay < TimeSpan.Zero) yield return $"StartDelay: expected zero or a positive duration, got {StartDelay}";
        if (FinishMargin < TimeSpan.Zero) yield return $"FinishMargin: expected zero or a positive duration, got {FinishMargin}";
    }
}
