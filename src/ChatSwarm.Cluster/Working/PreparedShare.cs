using ChatSwarm.Client;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Working;

/// <summary>A loaded assignment, ready to run.</summary>
public sealed record PreparedShare : IAsyncDisposable
{
    /// <summary>The profile, overrides applied as on the coordinator (required).</summary>
    public required LoadProfile Profile { get; init; }

    /// <summary>The session mix (required).</summary>
    public required IReadOnlyList<SwarmScript> Scripts { get; init; }

    /// <summary>The API client for the target (required; disposed with this share when it is <see cref="IDisposable"/>).</summary>
    public required IMessagingClient Client { get; init; }

    /// <summary>The Akka settings of the worker's swarm. Default <see cref="ActorSystemOptions"/>'s defaults.</summary>
    public ActorSystemOptions ActorSystem { get; init; } = new();

    /// <summary>How the worker's users name the settings a stop reason's advice points at. Default <see cref="SettingNames.Default"/>.</summary>
    public SettingNames SettingNames { get; init; } = SettingNames.Default;

    /// <summary>Disposes the client.</summary>
    public ValueTask DisposeAsync()
    {
        (Client as IDisposable)?.Dispose();
        return ValueTask.CompletedTask;
    }
}
