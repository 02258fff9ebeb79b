using System.Globalization;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>
/// How one node joins the cluster: its role, its address, the coordinator's address (workers), the failure detector and
/// the split-brain resolver's timing. Validated by <see cref="Validate"/>.
/// </summary>
public sealed record ClusterOptions : IValidatableOptions
{
    /// <summary>The node's role (required).</summary>
    public required ClusterRole Role { get; init; }

    /// <summary>The address the node binds to and other nodes reach it at; port 0 picks a free one (required).</summary>
    public required ClusterEndpoint Listen { get; init; }

    /// <summary>The coordinator's address; required for a worker, ignored for the coordinator (it joins itself). Default null.</summary>
    public ClusterEndpoint? Join { get; init; }

    /// <summary>How long a node's heartbeats may pause before it counts as unreachable: long enough for a CPU-saturated load generator (a 3 s default downs healthy workers; 50,000 customers on two cores showed 14 s pauses). Default 30 s.</summary>
    public TimeSpan HeartbeatPause { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The phi accrual failure detector's threshold (Akka's default is 8; higher tolerates jittery heartbeats). Default 12.</summary>
    public double FailureThreshold { get; init; } = 12.0;

    /// <summary>How long membership must be stable before the split-brain resolver downs unreachable nodes. Default 7 s.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(7);

    /// <summary>Extra HOCON laid over the built-in settings (e.g. from <c>--akka-config FILE</c>). Default none.</summary>
    public string? Hocon { get; init; }

    /// <summary>Akka's logs (cluster membership, remoting) go here; null drops them. Default null.</summary>
    public Serilog.ILogger? Log { get; init; }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; checked as part of the coordinator's or worker's options, which hold it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Listen is null) yield return "Listen: expected the node's address, got null";
        else if (Listen.Port is < 0 or > 65535) yield return string.Create(CultureInfo.InvariantCulture, $"Listen: expected a port from 0 to 65535, got {Listen.Port}");
        if (Role == ClusterRole.Worker && Join is null) yield return "Join: a worker needs the coordinator's address";
        if (HeartbeatPause < TimeSpan.FromSeconds(1)) yield return $"HeartbeatPause: expected at least 1 s, got {HeartbeatPause}";
        if (!(FailureThreshold >= 1) || double.IsInfinity(FailureThreshold))
            yield return string.Create(CultureInfo.InvariantCulture, $"FailureThreshold: expected a number of at least 1, got {FailureThreshold}");
        if (StableAfter < TimeSpan.FromSeconds(1)) yield return $"StableAfter: expected at least 1 s, got {StableAfter}";
    }
}
