using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Cluster.Working;

/// <summary>How a worker joins and runs; <see cref="ClusterWorker"/> checks it once with <see cref="Validate"/>.</summary>
public sealed record WorkerOptions : IValidatableOptions
{
    /// <summary>The node's cluster settings (required; role <see cref="ClusterRole.Worker"/>, with the coordinator's address).</summary>
    public required ClusterOptions Cluster { get; init; }

    /// <summary>How long to wait for the coordinator's assignment after starting. Default 2 min.</summary>
    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long to wait for the coordinator to confirm the final results before leaving anyway. Default 15 s.</summary>
    public TimeSpan FinalTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>After the coordinator is lost, how long past the grace period the chats may take before the worker stops at once. Default 15 s.</summary>
    public TimeSpan StopMargin { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Where received files are written; null makes a private folder under the temp folder (deleted at the end). Default null.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>The worker's log (assignment, start, stop; Akka's cluster logs); null drops it. Default null.</summary>
    public Serilog.ILogger? Log { get; init; }

    /// <summary>Test seam: called with the worker's cluster actor system once it is started (tests crash it to play a lost node).</summary>
    internal Action<Akka.Actor.ActorSystem>? NodeStarted { get; init; }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="ClusterWorker"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        foreach (var problem in OptionsValidator.Nested(nameof(Cluster), Cluster)) yield return problem;
        if (Cluster is not null && Cluster.Role != ClusterRole.Worker) yield return "Cluster.Role: a worker's node must have the worker role";
        if (JoinTimeout <= TimeSpan.Zero) yield return $"JoinTimeout: expected a positive duration, got {JoinTimeout}";
        if (FinalTimeout <= TimeSpan.Zero) yield return $"FinalTimeout: expected a positive duration, got {FinalTimeout}";
        if (StopMargin < TimeSpan.Zero) yield return $"StopMargin: expected zero or a positive duration, got {StopMargin}";
    }
}
