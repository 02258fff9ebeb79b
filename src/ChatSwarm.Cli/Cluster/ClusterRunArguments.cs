using ChatSwarm.Cluster.Hosting;

namespace ChatSwarm.Cli.Cluster;

/// <summary><c>chatswarm run</c>'s cluster options, each already parsed by its option; null when not given.</summary>
/// <param name="Workers">--workers: how many workers the coordinator waits for; null for a one-process run.</param>
/// <param name="Listen">--listen: the coordinator's cluster address HOST:PORT.</param>
/// <param name="JoinTimeout">--join-timeout: how long to wait for the workers.</param>
internal sealed record ClusterRunArguments(int? Workers, ClusterEndpoint? Listen, TimeSpan? JoinTimeout)
{
    /// <summary>No cluster options: a one-process run.</summary>
    public static ClusterRunArguments None { get; } = new(null, null, null);
}
