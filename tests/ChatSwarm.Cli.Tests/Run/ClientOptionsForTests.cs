using ChatSwarm.Cli.Run;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class ClientOptionsForTests
{
    private static readonly MessagingClientOptions Target = new() { BaseAddress = new Uri("https://tenant.example/"), TenantUrl = "tenant.example", AppId = "app" };

    private static readonly LoadProfile Profile = new()
    {
        Name = "p",
        Phases = [new ConstantPhase(1, TimeSpan.FromSeconds(1))],
        Simulator = new EmbeddedSimulatorSettings { PollHold = TimeSpan.FromSeconds(60) },
    };

    [Fact]
    public void ClientOptionsFor_RealTenant_KeepsTheClientsPollTimeout()
    {
        var options = RunCommandHandler.ClientOptionsFor(Target, embedded: false, Profile);

        Assert.Equal(Target.PollTimeout, options.PollTimeout);
    }

    [Fact]
    public void ClientOptionsFor_EmbeddedSimulator_WaitsOutTheProfilesPollHold()
    {
        var options = RunCommandHandler.ClientOptionsFor(Target, embedded: true, Profile);

        Assert.Equal(TimeSpan.FromSeconds(90), options.PollTimeout);
    }
}
