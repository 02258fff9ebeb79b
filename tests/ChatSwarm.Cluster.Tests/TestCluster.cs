using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Client;
using ChatSwarm.Cluster.Content;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Cluster.Working;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Tests;

/// <summary>A coordinator and workers in this process, each its own actor system on 127.0.0.1 (real remoting), against the in-process simulator.</summary>
internal sealed class TestCluster : IAsyncDisposable
{
    public const string Script = """
        name: short
        conversation:
          - expect: {event: agent_joined, timeout: 1m}
          - say: hello
          - expect: {event: message, timeout: 1m}
          - say: thanks
          - end
        """;

    private TestCluster(SimulatorHost simulator, string folder)
    {
        Simulator = simulator;
        Folder = folder;
    }

    public SimulatorHost Simulator { get; }

    public string Folder { get; }

    public string ProfilePath => Path.Combine(Folder, "p.yaml");

    public static async Task<TestCluster> StartAsync(string phases, string extra = "")
    {
        var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Agents = 20,
            ChatsPerAgent = 3,
            PollHold = TimeSpan.FromSeconds(1),
            Seed = 5,
            Behavior = new AgentBehaviorOptions
            {
                IvrDuration = TimeSpan.FromMilliseconds(50),
                ConnectingDuration = TimeSpan.FromMilliseconds(50),
                ThinkTime = ChatSwarm.Configuration.Timing.DelayDistribution.Uniform(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)),
                ExchangesBeforeEnd = 2,
            },
        });
        var folder = Directory.CreateTempSubdirectory("chatswarm-cluster-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "s.yaml"), Script);
        await File.WriteAllTextAsync(Path.Combine(folder, "p.yaml"), $"""
            name: clustered
            phases:
            {phases}
            mix:
              - {"{"}script: s.yaml, weight: 1{"}"}
            think_time: {"{"}uniform: [50ms, 150ms]{"}"}
            grace_period: 5s
            {extra}
            """);
        return new TestCluster(simulator, folder);
    }

    public LoadProfile Profile() => LoadProfileLoader.Load(ProfilePath).WithOverrides(Overrides());

    public IClusterCoordinator StartCoordinator(int workers, TimeSpan? joinTimeout = null) => ClusterCoordinator.Start(new CoordinatorOptions
    {
        Cluster = Node(ClusterRole.Coordinator, null),
        Workers = workers,
        JoinTimeout = joinTimeout ?? TimeSpan.FromSeconds(30),
        StartDelay = TimeSpan.FromMilliseconds(500),
        FinishMargin = TimeSpan.FromSeconds(5),
        Profile = Profile(),
        Target = Simulator.BaseAddress,
        Assignment = new WorkAssignment
        {
            RunId = RunIds.Create(DateTimeOffset.UtcNow),
            Seed = 11,
            ProfilePath = ProfilePath,
            BaseAddress = Simulator.BaseAddress.ToString(),
            TenantUrl = Simulator.TenantUrl,
            AppId = Simulator.AppId,
            Files = ContentBundle.Collect([ProfilePath]),
        },
    });

    public static Task<WorkerOutcome> RunWorkerAsync(ClusterEndpoint join, CancellationToken stop = default, Action<Akka.Actor.ActorSystem>? nodeStarted = null, IShareLoader? loader = null) =>
        ClusterWorker.RunAsync(
            new WorkerOptions { Cluster = Node(ClusterRole.Worker, join), JoinTimeout = TimeSpan.FromSeconds(30), FinalTimeout = TimeSpan.FromSeconds(10), NodeStarted = nodeStarted },
            loader ?? new Loader(),
            null,
            stop,
            default);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }

    internal static ClusterOptions Node(ClusterRole role, ClusterEndpoint? join) => new()
    {
        Role = role,
        Listen = new ClusterEndpoint("127.0.0.1", 0),
        Join = join,

        // Fast failure detection keeps the node-loss tests to seconds; the defaults are for saturated load generators.
        HeartbeatPause = TimeSpan.FromSeconds(2),
        StableAfter = TimeSpan.FromSeconds(1),
        Hocon = "akka.coordinated-shutdown.run-by-actor-system-terminate = off",
    };

    private LoadProfileOverrides Overrides() => new()
    {
        BaseAddress = new(Simulator.BaseAddress, "simulator"),
        TenantUrl = new(Simulator.TenantUrl, "simulator"),
        AppId = new(Simulator.AppId, "simulator"),
    };

    /// <summary>Loads the received profile and script through the ordinary loaders, as the command does.</summary>
    private sealed class Loader : IShareLoader
    {
        public Task<PreparedShare> LoadAsync(WorkAssignment assignment, string contentRoot, CancellationToken cancellationToken)
        {
            var profile = LoadProfileLoader.Load(ContentBundle.MapPath(contentRoot, assignment.ProfilePath)).WithOverrides(
                new LoadProfileOverrides
                {
                    BaseAddress = new(new Uri(assignment.BaseAddress!), "assignment"),
                    TenantUrl = new(assignment.TenantUrl!, "assignment"),
                    AppId = new(assignment.AppId!, "assignment"),
                });
            Assert.All(profile.Mix, m => Assert.True(ContentBundle.IsUnder(contentRoot, m.ScriptPath), m.ScriptPath));
            var scripts = profile.Mix.Select(m =>
            {
                var script = BotScriptLoader.Load(m.ScriptPath);
                return new SwarmScript(script.Name, m.Weight, r => script.CreateConversation(new BotConversationOptions
                {
                    Seed = r.Seed,
                    CustomerIndex = r.CustomerIndex,
                    TimeProvider = r.TimeProvider,
                    DefaultThinkTime = r.ThinkTime,
                }));
            }).ToList();
            var client = MessagingClient.Create(new MessagingClientOptions
            {
                BaseAddress = profile.Target.BaseAddress!,
                TenantUrl = profile.Target.TenantUrl!,
                AppId = profile.Target.AppId!,
                PollTimeout = TimeSpan.FromSeconds(30),
            });
            return Task.FromResult(new PreparedShare { Profile = profile, Scripts = scripts, Client = client });
        }
    }
}
