using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>A started coordinator: bound to its address, waiting for workers once <see cref="RunAsync"/> is called.</summary>
public interface IClusterCoordinator : IAsyncDisposable
{
    /// <summary>The address workers join (with the real port when 0 was asked for).</summary>
    ClusterEndpoint Address { get; }

    /// <summary>Waits for the workers, starts them together, merges their results live and returns the run's merged result.</summary>
    /// <param name="observer">Receives merged progress about once a second and notices (joins, losses, thresholds); may be null.</param>
    /// <param name="stopGracefully">First Ctrl+C: every worker ends its chats within the grace period.</param>
    /// <param name="stopNow">Second Ctrl+C: every worker stops at once.</param>
    /// <returns>The result.</returns>
    Task<ClusterRunResult> RunAsync(ISwarmObserver? observer, CancellationToken stopGracefully, CancellationToken stopNow);
}
