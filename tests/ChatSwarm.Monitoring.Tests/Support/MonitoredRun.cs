using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Client;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Monitoring.Tests.Support;

/// <summary>A short real run (real customers and client, the shipped greeting bot) against the in-process simulator, watched by a <see cref="RunMonitor"/>.</summary>
internal sealed class MonitoredRun : IAsyncDisposable
{
    private readonly SimulatorHost _simulator;
    private readonly IMessagingClient _client;

    private MonitoredRun(SimulatorHost simulator, IMessagingClient client, RunMonitor monitor, Task<SwarmRunResult> run)
    {
        _simulator = simulator;
        _client = client;
        Monitor = monitor;
        Run = run;
    }

    public RunMonitor Monitor { get; }

    public Task<SwarmRunResult> Run { get; }

    public static async Task<MonitoredRun> StartAsync(MonitoringOptions monitoring, TimeSpan steady, string scriptName = "greeting", FaultPlan? faults = null)
    {
        var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Agents = 10,
            ChatsPerAgent = 2,
            PollHold = TimeSpan.FromMilliseconds(500),
            Seed = 5,
            Faults = faults ?? FaultPlan.None,
            Behavior = new AgentBehaviorOptions
            {
                IvrDuration = TimeSpan.FromMilliseconds(50),
                ConnectingDuration = TimeSpan.FromMilliseconds(50),
                ThinkTime = DelayDistribution.Uniform(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)),
                ExchangesBeforeEnd = 2,
            },
        });
        var client = MessagingClient.Create(new MessagingClientOptions
        {
            BaseAddress = simulator.BaseAddress,
            TenantUrl = simulator.TenantUrl,
            AppId = simulator.AppId,
        });
        var profile = new LoadProfile
        {
            Name = "monitored",
            Phases = [new RampPhase(0, 6, TimeSpan.FromSeconds(1)), new ConstantPhase(6, steady)],
            CheckAvailability = false,
            GracePeriod = TimeSpan.FromSeconds(3),
            Seed = 42,
            ThinkTime = DelayDistribution.Constant(TimeSpan.FromMilliseconds(100)),
            Thresholds = monitoring.Thresholds,
        };
        var monitor = await RunMonitor.StartAsync(monitoring with { ProfileName = profile.Name }, CancellationToken.None);
        var script = BotScriptLoader.Load(RepoFiles.Find("bots/greeting-and-question.yaml"));
        var options = new SwarmRunOptions
        {
            Seed = profile.Seed ?? 1,
            Profile = profile,
            Client = client,
            Metrics = new SwarmMetrics(TimeProvider.System),
            Scripts = [new SwarmScript(scriptName, 1, r => script.CreateConversation(new BotConversationOptions
            {
                Seed = r.Seed,
                CustomerIndex = r.CustomerIndex,
                TimeProvider = r.TimeProvider,
                DefaultThinkTime = r.ThinkTime,
                TimeScale = 0.1,
            }))],
        };
        var run = Task.Run(() => new SwarmRunner().RunAsync(options, monitor, default, default));
        return new MonitoredRun(simulator, client, monitor, run);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception)
        {
            // The test already failed or asserted what it needed; the resources below must still go.
        }

        await Monitor.DisposeAsync();
        _client.Dispose();
        await _simulator.DisposeAsync();
    }
}
