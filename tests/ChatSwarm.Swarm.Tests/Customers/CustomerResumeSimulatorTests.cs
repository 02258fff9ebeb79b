using System.Collections.Concurrent;
using Akka.Actor;
using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Tests.Hosting;

namespace ChatSwarm.Swarm.Tests.Customers;

/// <summary>A real customer with a real bot against the in-process simulator on 127.0.0.1, restarted mid-conversation.</summary>
public sealed class CustomerResumeSimulatorTests : SwarmTestKit
{
    public CustomerResumeSimulatorTests()
        : base(new FakeTimeProvider())
    {
        // The simulator runs on real time, and so do this customer's timers.
        SwarmActorSystem.UseClock(Sys, TimeProvider.System);
    }

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    // The shape of bots/greeting-and-question.yaml with short times; each expect would time out if it waited for an
    // event that came before the restart.
    private const string Script = """
        think: 50ms
        receipts: false
        conversation:
          - expect: {event: agent_joined, timeout: 5s}
          - expect: {matches: "(?i)\\bhelp\\b", timeout: 5s}
          - say: "Hello!"
          - expect: {event: message, timeout: 5s}
          - say: "Where is my order?"
          - expect: {event: message, timeout: 5s}
          - say: "Thanks, bye!"
          - end
        """;

    [Theory]
    [InlineData("Where is my order?", false)]
    [InlineData("Thanks, bye!", true)]
    public async Task Customer_RestartedByAFailedSend_ResumesAndCompletesTheConversationOnce(string failingMessage, bool firstIncarnationFinished)
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Agents = 2,
            ChatsPerAgent = 1,
            PollHold = TimeSpan.FromSeconds(1),
            Seed = 5,
            Faults = FaultPlan.None,
            Behavior = new AgentBehaviorOptions
            {
                IvrDuration = TimeSpan.FromMilliseconds(50),
                ConnectingDuration = TimeSpan.FromMilliseconds(50),
                ThinkTime = DelayDistribution.Uniform(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)),
                ExchangesBeforeEnd = 0,
            },
        });
        using var real = MessagingClient.Create(new MessagingClientOptions
        {
            BaseAddress = simulator.BaseAddress,
            TenantUrl = simulator.TenantUrl,
            AppId = simulator.AppId,
        });
        var client = new FailingSendClient(real);

        // The message's first send gets a 5000 and never reaches the server, as the simulator's injected faults do.
        var failed = 0;
        client.FailSend = events => events.OfType<MessageEvent>().Any(m => m.Msg == failingMessage) && Interlocked.Exchange(ref failed, 1) == 0;
        var metrics = new SwarmMetrics(TimeProvider.System);

        var script = BotScriptLoader.Parse(Script, "resume.yaml", AppContext.BaseDirectory);
        var conversations = new ConcurrentQueue<RecordingConversation>();
        var factory = new CustomerFactory(
            "resume",
            1,
            client,
            metrics,
            TimeProvider.System,
            new CustomerOptions(),
            new BackoffSettings { Min = TimeSpan.FromMilliseconds(50), Max = TimeSpan.FromMilliseconds(200) },
            index =>
            {
                var conversation = new RecordingConversation(script.CreateConversation(new BotConversationOptions
                {
                    Seed = 1,
                    CustomerIndex = index,
                    DefaultThinkTime = DelayDistribution.Constant(TimeSpan.FromMilliseconds(50)),
                }));
                conversations.Enqueue(conversation);
                return conversation;
            },
            new SwarmCounters());
        var group = ChildActorOf(Props.Create(() => new CustomerGroupActor(factory, new Random(1))), "group-0");
        group.Tell(new SpawnCustomer(0));
        var journal = (await ExpectMsgAsync<CustomerStopped>(Deadline)).Journal;

        Assert.Equal(1, client.FailedSends);
        Assert.Equal(2, journal.Incarnations);
        var all = conversations.ToArray();
        Assert.Equal(2, all.Length);
        var (first, resumed) = (all[0], all[1]);
        // The last message's send fails after the script finished: that incarnation had already counted its completion.
        Assert.Equal(firstIncarnationFinished, first.Outcome is { Completed: true });
        Assert.True(resumed.Outcome is { Completed: true, Reason: "script finished" }, resumed.Transcript);
        Assert.Equal(0, first.Count(BotCounter.ExpectationFailed) + resumed.Count(BotCounter.ExpectationFailed));
        Assert.Equal(CustomerEnd.Completed, journal.End);

        // One conversation, completed once, however often the customer restarted.
        Assert.Equal(1, metrics.BotCount(script.Name, BotCounter.ConversationStarted));
        Assert.Equal(1, metrics.BotCount(script.Name, BotCounter.ConversationCompleted));

        // Nothing was said twice: the resumed conversation went on from the failed message.
        Assert.Equal(["Hello!", "Where is my order?", "Thanks, bye!"], client.Delivered.OfType<MessageEvent>().Select(m => m.Msg));
        Assert.Single(client.Delivered.OfType<EndEvent>());
        Assert.Equal(0, simulator.GetStats().ConcurrentPollViolations);
    }
}
