using ChatSwarm.Client.Events;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Client.Tests.Integration;

/// <summary>One in-process simulator on an ephemeral 127.0.0.1 port, agents driven by the tests, and a client for it.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public SimulatorHost Host { get; private set; } = null!;
    public IMessagingClient Client { get; private set; } = null!;

    public static SimulatorOptions Options() => new()
    {
        Agents = 4,
        ChatsPerAgent = 4,
        PollHold = TimeSpan.FromMilliseconds(300),
        Seed = 11,
        MaxFileBytes = 64 * 1024,
        Behavior = new AgentBehaviorOptions
        {
            Autonomous = false,
            IvrDuration = TimeSpan.FromMilliseconds(5),
            ConnectingDuration = TimeSpan.FromMilliseconds(5),
            ThinkTime = DelayDistribution.Constant(TimeSpan.FromMilliseconds(10)),
            ExchangesBeforeEnd = 0,
            FormProbability = 0,
            SecureFormProbability = 0,
            FileProbability = 0,
            CaseProbability = 0,
            IdleWarningAfter = null,
            IdleTimeoutAfter = null,
        },
    };

    public MessagingClientOptions ClientOptions() => new()
    {
        BaseAddress = Host.BaseAddress,
        TenantUrl = Host.TenantUrl,
        AppId = Host.AppId,
        RequestTimeout = TimeSpan.FromSeconds(10),
        PollTimeout = TimeSpan.FromSeconds(10),
        // Above the simulator's limit so that the server's own 5501 is exercised.
        MaxUploadBytes = 1024 * 1024,
    };

    public async Task InitializeAsync()
    {
        Host = await SimulatorHost.StartAsync(Options());
        Client = MessagingClient.Create(ClientOptions());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Polls until an event matching <paramref name="predicate"/> arrives, returning everything seen; fails after the deadline.</summary>
    public async Task<List<ChatEvent>> PollUntilAsync(string clientId, string chatId, Func<ChatEvent, bool> predicate, TimeSpan? deadline = null)
    {
        var seen = new List<ChatEvent>();
        using var cts = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(15));
        while (!seen.Any(predicate))
        {
            var result = await Client.GetNewEventsAsync(clientId, chatId, cts.Token);
            Assert.True(result.IsSuccess, $"poll failed: {result}");
            seen.AddRange(result.Data.Events);
        }
        return seen;
    }
}
