namespace ChatSwarm.Cli.Cluster;

/// <summary>The raw text of <c>chatswarm run</c>'s cluster options, before validation.</summary>
/// <param name="Workers">--workers: how many workers the coordinator waits for; null for a one-process run.</param>
/// <param name="Listen">--listen: the coordinator's cluster address HOST:PORT.</param>
/// <param name="JoinTimeout">--join-timeout: how long to wait for the workers.</param>
internal sealed record ClusterRunArguments(string? Workers, string? Listen, string? JoinTimeout)
{
    /// <summary>No cluster options: a one-process run.</summary>
    public static ClusterRunArguments None { get; } = new(null, null, null);
}
