using Microsoft.Extensions.Hosting;

namespace ChatSwarm.Simulator;

/// <summary>
/// A host lifetime that installs no signal handlers: the command embedding the simulator decides when it stops, so a
/// SIGTERM reaches the run (which ends its chats and writes its reports) instead of silently stopping the web host.
/// </summary>
internal sealed class CommandOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
