using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Tests.Fakes;
using ChatSwarm.Swarm.Tests.Running;
using ChatSwarm.Testing;

namespace ChatSwarm.Swarm.Tests.Conversations;

/// <summary>
/// <c>chatswarm bot</c> and <c>chatswarm run</c> drive one session core: the same script against the same scripted
/// server sends the same requests in the same order and comes to the same outcome through both.
/// </summary>
public sealed class OneSessionCoreTests
{
    private const string Script = """
        receipts: false
        conversation:
          - expect: {event: agent_joined, timeout: 10s}
          - say: "Hello!"
          - expect: {contains: "help", timeout: 10s}
          - say: "Where is my order?"
          - expect: {event: form, timeout: 10s}
          - expect: {contains: "shipped", timeout: 10s}
          - say: "Thanks, bye!"
          - end
        on_form:
          contact_details:
            delay: 0s
            fields: {name: "Ann Smith"}
        """;

    [Fact]
    public async Task BotAndRun_SameScriptAndServer_SameRequestsInTheSameOrderAndTheSameOutcome()
    {
        var script = BotScriptLoader.Parse(Script, "core.yaml", AppContext.BaseDirectory);
        var viaBot = ScriptedServer();
        var viaRun = ScriptedServer();

        var botResult = await new ConversationRunner(viaBot, new ConversationRunnerOptions { ClientId = ClientIds.For("core", 0), MaxDuration = TimeSpan.FromSeconds(20) })
            .RunAsync(() => script.CreateConversation(Options()));
        var runMetrics = new SwarmMetrics(TimeProvider.System);
        var runResult = await new SwarmRunner().RunAsync(
            new SwarmRunOptions
            {
                Profile = SwarmRunnerTests.Profile(new ConstantPhase(1, TimeSpan.FromSeconds(3))) with { MaxSessions = 1 },
                Client = viaRun,
                Metrics = runMetrics,
                Scripts = [new SwarmScript(script.Name, 1, _ => script.CreateConversation(Options()))],
                Seed = 42,
                RunId = "core",
                ControlInterval = TimeSpan.FromMilliseconds(20),
            },
            null,
            default,
            default);

        Assert.True(botResult.Succeeded, string.Join("; ", botResult.Errors));
        Assert.Equal(Requests(viaBot), Requests(viaRun));
        Assert.Equal(1, runResult.Report.Sessions.Completed);
        Assert.Equal(botResult.Count(BotCounter.ConversationCompleted), runMetrics.BotCount(script.Name, BotCounter.ConversationCompleted));
        Assert.Equal(botResult.Count(BotCounter.ExpectationMet), runMetrics.BotCount(script.Name, BotCounter.ExpectationMet));
        Assert.Equal(0, runMetrics.BotCount(script.Name, BotCounter.ExpectationFailed));
        Assert.Equal(0, viaBot.PollViolations + viaRun.PollViolations);
    }

    private static BotConversationOptions Options() => new() { Seed = 3, CustomerIndex = 0, DefaultThinkTime = DelayDistribution.Zero };

    /// <summary>An agent who answers each customer message in turn; polls hold until the next answer is due.</summary>
    private static FakeMessagingClient ScriptedServer()
    {
        var client = new FakeMessagingClient();
        var answers = new Queue<ChatEvent[]>(
        [
            [new StatusEvent { State = ChatState.Connected }, new PartyJoinedEvent { PartyId = "a1", DisplayName = "Ann" }],
            [new MessageEvent { Msg = "Hi! How can I help?", MsgId = "m1", PartyId = "a1" }],
            [new FormShowEvent { FormRequestId = "f1", FormName = "contact_details" }, new MessageEvent { Msg = "It has shipped.", MsgId = "m2", PartyId = "a1" }],
        ]);
        var released = new SemaphoreSlim(1);
        client.Send = (_, events) =>
        {
            if (events.OfType<MessageEvent>().Any())
            {
                released.Release();
            }

            return OperationResult<Unit>.Success(ApiMethod.SendEvents, Unit.Value);
        };
        client.Poll = async (_, _, ct) =>
        {
            await released.WaitAsync(ct);
            lock (answers)
            {
                return answers.TryDequeue(out var batch) ? FakeMessagingClient.Events(batch) : FakeMessagingClient.Events();
            }
        };
        return client;
    }

    /// <summary>Every request but the polls, with what it sent: the conversation's side of the exchange.</summary>
    private static string[] Requests(FakeMessagingClient client) =>
        [.. client.Calls
            .Where(c => c.Method != ApiMethod.GetNewChatEvents)
            .Select(c => c.Detail is IReadOnlyList<ChatEvent> events
                ? $"{c.Method} {string.Join(",", events.Select(e => e is MessageEvent m ? "message:" + m.Msg : e.GetType().Name))}"
                : c.Method.ToString())];
}
