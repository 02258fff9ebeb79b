using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Running;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Testing;
using ChatSwarm.Client;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Swarm.Tests.Conversations;

/// <summary>
/// One shipped script run by <see cref="ConversationRunner"/> against an in-process simulator whose agents only act
/// when the test drives them through <see cref="AgentControl"/>.
/// </summary>
internal sealed class BotScenario : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _timeout = new(Deadline);

    private BotScenario(SimulatorHost simulator, IMessagingClient client, string clientId)
    {
        Simulator = simulator;
        Client = client;
        Chat = ChatRef.ByClientId(clientId);
    }

    public SimulatorHost Simulator { get; }

    public IMessagingClient Client { get; }

    public ChatRef Chat { get; }

    public TranscriptLog Log { get; } = new();

    public Task<ConversationRunResult> Run { get; private set; } = null!;

    public static async Task<BotScenario> StartAsync(string scriptName, TimeSpan? maxDuration = null, string? appId = null)
    {
        var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Agents = 2,
            PollHold = TimeSpan.FromSeconds(2),
            Behavior = new AgentBehaviorOptions
            {
                Autonomous = false,
                IvrDuration = TimeSpan.FromMilliseconds(20),
                ConnectingDuration = TimeSpan.FromMilliseconds(20),
                IdleWarningAfter = null,
                IdleTimeoutAfter = null,
            },
        });
        var client = MessagingClient.Create(new MessagingClientOptions
        {
            BaseAddress = simulator.BaseAddress,
            TenantUrl = simulator.TenantUrl,
            AppId = appId ?? simulator.AppId,
        });
        var clientId = $"e2e-{scriptName}-{Guid.NewGuid():N}";
        var scenario = new BotScenario(simulator, client, clientId);
        var script = BotScriptLoader.Load(RepoPaths.Script(scriptName));
        IBotConversation conversation() => script.CreateConversation(new BotConversationOptions { Seed = 7, CustomerIndex = 1, TimeScale = 0.01 });
        var runner = new ConversationRunner(client, new ConversationRunnerOptions
        {
            ClientId = clientId,
            MaxDuration = maxDuration ?? Deadline,
            Transcript = scenario.Log.Add,
        });
        scenario.Run = runner.RunAsync(conversation);
        return scenario;
    }

    /// <summary>Waits until the simulated agent is connected to the bot's chat.</summary>
    public Task<ChatInfo> ConnectedAsync() => Simulator.Agents.WaitForConnectedAsync(Chat, _timeout.Token);

    /// <summary>Runs an agent action and requires it to succeed.</summary>
    public string Agent(Func<AgentControl, ChatRef, AgentOperationResult<string>> action)
    {
        var result = action(Simulator.Agents, Chat);
        Assert.True(result.IsSuccess, $"agent action failed: {result.Error}\n{Log.Dump()}");
        return result.Data!;
    }

    public async Task<ConversationRunResult> ResultAsync()
    {
        var result = await Run.WaitAsync(Deadline);
        return result;
    }

    public void AssertSucceeded(ConversationRunResult result) =>
        Assert.True(result.Succeeded, $"{ChatSwarm.Bots.Transcripts.TranscriptFormatter.Summarize(result)}\n{Log.Dump()}");

    public async ValueTask DisposeAsync()
    {
        // A failed test may leave the run going; give it its deadline, then stop the server regardless.
        await Task.WhenAny(Run, Task.Delay(Deadline));

        Client.Dispose();
        await Simulator.DisposeAsync();
        _timeout.Dispose();
    }
}
