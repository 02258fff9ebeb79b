using Akka.Actor;
using Akka.Configuration;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>One process's membership in a cluster run: the actor system with remoting and cluster, and its address.</summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private static readonly TimeSpan LeaveTimeout = TimeSpan.FromSeconds(5);

    private ClusterNode(ActorSystem system, ClusterEndpoint address)
    {
        System = system;
        Address = address;
        Cluster = Akka.Cluster.Cluster.Get(system);
    }

    /// <summary>The actor system.</summary>
    public ActorSystem System { get; }

    /// <summary>The node's cluster extension.</summary>
    public Akka.Cluster.Cluster Cluster { get; }

    /// <summary>The address the node is bound to (with the real port when 0 was asked for).</summary>
    public ClusterEndpoint Address { get; }

    /// <summary>Starts the node; the coordinator joins itself, a worker starts joining the coordinator (retried until it answers).</summary>
    public static ClusterNode Start(ClusterOptions options)
    {
        // The coordinator's or worker's options checked these as part of theirs.
        ArgumentNullException.ThrowIfNull(options);
        var config = ConfigurationFactory.ParseString(ClusterHocon.Build(options));
        if (!string.IsNullOrWhiteSpace(options.Hocon))
        {
            config = ConfigurationFactory.ParseString(options.Hocon).WithFallback(config);
        }

        var system = ActorSystem.Create(ClusterHocon.SystemName, config);
        if (options.Log is { } log)
        {
            SwarmActorSystem.LogTo(system, log, "Akka.Cluster");
        }

        var self = ((ExtendedActorSystem)system).Provider.DefaultAddress;
        var node = new ClusterNode(system, new ClusterEndpoint(self.Host ?? options.Listen.Host, self.Port ?? options.Listen.Port));
        if (options.Role == ClusterRole.Coordinator)
        {
            node.Cluster.Join(node.Cluster.SelfAddress);
        }
        else
        {
            node.Cluster.JoinSeedNodes([AddressOf(options.Join!)]);
        }

        return node;
    }

    /// <summary>The Akka address of a node listening at <paramref name="endpoint"/>.</summary>
    public static Address AddressOf(ClusterEndpoint endpoint) => new("akka.tcp", ClusterHocon.SystemName, endpoint.Host, endpoint.Port);

    /// <summary>The endpoint of an Akka address.</summary>
    public static ClusterEndpoint EndpointOf(Address address) => new(address.Host ?? "", address.Port ?? 0);

    /// <summary>Leaves the cluster (so others see a graceful exit, not a failure) and stops the system, bounded in time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (System.WhenTerminated.IsCompleted)
        {
            return;
        }

        try
        {
            await CoordinatedShutdown.Get(System).Run(CoordinatedShutdown.ClusterLeavingReason.Instance).WaitAsync(LeaveTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A peer that no longer answers must not hold the process: stop without the goodbye.
        }

        try
        {
            await System.Terminate().WaitAsync(LeaveTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The process ends anyway; the report is already written.
        }
    }
}
