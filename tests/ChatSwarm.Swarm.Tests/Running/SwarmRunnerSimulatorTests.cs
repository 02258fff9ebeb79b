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
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Running;

/// <summary>The runner with real customers, the real client and the shipped default bot against the in-process simulator on 127.0.0.1.</summary>
public sealed class SwarmRunnerSimulatorTests
{
    [Fact]
    public async Task RunAsync_AgainstTheSimulator_ChatsCompleteWithNoConcurrentPolls()
    {
        // The agents end a chat only after the script's last message: with an agent ending after two exchanges, a
        // customer's "thanks" or end can cross the agent's end and get 5005, a real race that error_rate would count.
        var options = SimulatorOptions(FaultPlan.None);
        await using var simulator = await SimulatorHost.StartAsync(options with { Behavior = options.Behavior with { ExchangesBeforeEnd = 10 } });
        var profile = SwarmRunnerTests.Profile(new RampPhase(0, 8, TimeSpan.FromSeconds(1)), new ConstantPhase(8, TimeSpan.FromSeconds(3))) with
        {
            Thresholds = [Threshold.Parse("zero(5509)"), Threshold.Parse("error_rate < 1%")],
            CheckAvailability = true,
        };

        var result = await RunAsync(simulator, profile);

        var errors = string.Join(", ", result.Report.Errors.Select(e => $"{e.Step} {e.Code} x{e.Count}: {e.Message}"));
        Assert.All(result.Thresholds, t => Assert.True(t.Held, $"{t.Display}; errors: {errors}"));
        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
        Assert.InRange(result.Report.Sessions.Started, 8, 200);
        Assert.True(result.Report.Sessions.Connected > 0);
        Assert.Equal(0, result.Report.Polls.ConcurrentPollErrors);
        Assert.Equal(0, simulator.GetStats().ConcurrentPollViolations);
        Assert.Contains(result.Report.Steps, s => s.Name == "get_new_chat_events" && s.Ok > 0);
        Assert.Contains(result.Report.Steps, s => s.Name == "send_events" && s.Ok > 0);
        Assert.Equal(0, result.CustomersAbandoned);
    }

    [Fact]
    public async Task RunAsync_InjectedTransientFaults_CustomersRestartAndResume()
    {
        var faults = FaultPlanLoader.Parse("""
            seed: 3
            rules:
              - method: request_chat
                fault: 5001
                probability: 0.3
              - method: get_new_chat_events
                fault: 5000
                probability: 0.1
            """);
        await using var simulator = await SimulatorHost.StartAsync(SimulatorOptions(faults));
        var profile = SwarmRunnerTests.Profile(new ConstantPhase(8, TimeSpan.FromSeconds(4))) with
        {
            Backoff = new BackoffSettings { Min = TimeSpan.FromMilliseconds(100), Max = TimeSpan.FromMilliseconds(400), MaxRetries = 20 },
            Thresholds = [Threshold.Parse("zero(5509)"), Threshold.Parse("restarts > 0")],
        };

        var result = await RunAsync(simulator, profile);

        Assert.All(result.Thresholds, t => Assert.True(t.Held, t.Display));
        Assert.True(result.Report.Sessions.Restarts > 0);
        Assert.Contains(result.Report.Errors, e => e.Code == 5001);
        Assert.Equal(0, simulator.GetStats().ConcurrentPollViolations);
        Assert.True(result.Report.Sessions.Connected > 0);
    }

    internal static SimulatorOptions SimulatorOptions(FaultPlan faults) => new()
    {
        Agents = 10,
        ChatsPerAgent = 2,
        PollHold = TimeSpan.FromSeconds(1),
        Seed = 5,
        Faults = faults,
        Behavior = new AgentBehaviorOptions
        {
            IvrDuration = TimeSpan.FromMilliseconds(50),
            ConnectingDuration = TimeSpan.FromMilliseconds(50),
            ThinkTime = DelayDistribution.Uniform(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)),
            ExchangesBeforeEnd = 2,
        },
    };

    internal static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    private static async Task<SwarmRunResult> RunAsync(SimulatorHost simulator, LoadProfile profile)
    {
        using var client = MessagingClient.Create(new MessagingClientOptions
        {
            BaseAddress = simulator.BaseAddress,
            TenantUrl = simulator.TenantUrl,
            AppId = simulator.AppId,
        });
        var script = BotScriptLoader.Load(RepositoryFile("bots/greeting-and-question.yaml"));
        var options = new SwarmRunOptions
        {
            Seed = profile.Seed ?? 1,
            Profile = profile with { ThinkTime = DelayDistribution.Constant(TimeSpan.FromMilliseconds(100)) },
            Client = client,
            Metrics = new SwarmMetrics(TimeProvider.System),
            Scripts = [new SwarmScript(script.Name, 1, r => script.CreateConversation(new BotConversationOptions
            {
                Seed = r.Seed,
                CustomerIndex = r.CustomerIndex,
                TimeProvider = r.TimeProvider,
                DefaultThinkTime = r.ThinkTime,
                TimeScale = 0.1,
            }))],
        };
        return await new SwarmRunner().RunAsync(options, null, default, default);
    }
}
