using Akka.Actor;
using ChatSwarm.Testing;
using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Tests.Fakes;
using ChatSwarm.Swarm.Tests.Hosting;

namespace ChatSwarm.Swarm.Tests.Supervision;

public sealed class SwarmSupervisionTests : SwarmTestKit
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly FakeMessagingClient _client = new();
    private readonly SwarmMetrics _metrics;
    private readonly SwarmCounters _counters = new();
    private volatile bool _defectInScript;

    public SwarmSupervisionTests()
        : this(new FakeTimeProvider())
    {
    }

    private SwarmSupervisionTests(FakeTimeProvider clock)
        : base(clock)
    {
        _metrics = new SwarmMetrics(clock);
    }

    [Fact]
    public async Task Root_SpawnsAcrossGroups_EveryCustomerPollsWithItsOwnClientId()
    {
        var root = StartRoot(customersPerGroup: 2);

        for (var i = 0; i < 5; i++)
        {
            root.Tell(new SpawnCustomer(i));
            _counters.AddSpawned();
        }

        await AwaitConditionAsync(() => _client.Calls.Where(c => c.Method == ApiMethod.GetNewChatEvents).Select(c => c.ClientId).Distinct().Count() == 5, Deadline);
        Assert.Equal(5, _client.Calls.Where(c => c.Method == ApiMethod.RequestChat).Select(c => c.ClientId).Distinct().Count());
        Assert.Equal(5, _counters.Live);
        Assert.Equal(0, _client.PollViolations);
    }

    [Fact]
    public async Task EndNewestCustomers_TwoOfFour_EndsTheNewestAndUpdatesTheCounters()
    {
        var root = StartRoot(customersPerGroup: 3);
        for (var i = 0; i < 4; i++)
        {
            root.Tell(new SpawnCustomer(i));
            _counters.AddSpawned();
        }

        await AwaitConditionAsync(() => _client.PollCount == 4, Deadline);

        _counters.AddEnding(2);
        root.Tell(new EndNewestCustomers(2, "target lowered"));
        await AwaitConditionAsync(() => _counters.Stopped == 2, Deadline);

        var ended = _client.Calls.Where(c => c.Method == ApiMethod.SendEvents).Select(c => c.ClientId).Order().ToList();
        Assert.Equal([ClientIds.For("run1", 2), ClientIds.For("run1", 3)], ended);
        Assert.Equal(0, _counters.Ending);
        Assert.Equal(2, _counters.Live);
        Assert.Equal(2, _counters.Effective);
        // Their scripts had not finished: the chats were ended by the run, not completed.
        Assert.Equal(2, _metrics.Snapshot().Sessions.EndedByRun);
        Assert.Equal(0, _metrics.Snapshot().Sessions.Completed);
    }

    [Fact]
    public async Task Customer_RestartBudgetSpent_IsAccountedOnceAsFailedWithTheLastError()
    {
        _client.Poll = (_, _, _) => Task.FromResult(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatServerDisconnected));
        var root = StartRoot(customersPerGroup: 10, backoff: new BackoffSettings { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(1), RandomFactor = 0, MaxRetries = 2 });
        root.Tell(new SpawnCustomer(0));
        _counters.AddSpawned();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var polls = attempt;
            await AwaitConditionAsync(() => _client.PollCount == polls && PendingTimers > 0, Deadline);
            Clock.Advance(TimeSpan.FromSeconds(1.5));
        }

        await AwaitConditionAsync(() => _counters.Stopped == 1, Deadline);
        Assert.Equal(3, _client.PollCount);
        Assert.Equal(1, _counters.Failed);
        var snapshot = _metrics.Snapshot();
        Assert.Equal(1, snapshot.Sessions.Failed);
        Assert.Equal(2, snapshot.Sessions.Restarts);
        Assert.Equal(2, snapshot.Sessions.Backoffs);
        Assert.Equal(TimeSpan.FromSeconds(2), snapshot.Sessions.BackoffTotal);
        Assert.Equal(0, snapshot.ActiveSessions);
        Assert.Equal(0, _client.PollViolations);
    }

    [Fact]
    public async Task EndAllCustomers_CustomerWaitingOutItsBackoff_StartsAtOnceAndEndsItsChat()
    {
        var polls = 0;
        _client.Poll = (id, n, ct) => Interlocked.Increment(ref polls) == 1
            ? Task.FromResult(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatServerDisconnected))
            : FakeMessagingClient.HoldUntilCancelled(id, n, ct);
        var root = StartRoot(customersPerGroup: 10, backoff: new BackoffSettings { Min = TimeSpan.FromSeconds(30), Max = TimeSpan.FromSeconds(30), RandomFactor = 0 });
        root.Tell(new SpawnCustomer(0));
        _counters.AddSpawned();
        await AwaitConditionAsync(() => _client.PollCount == 1 && PendingTimers > 0 && _metrics.Snapshot().Sessions.Backoffs == 1, Deadline);

        root.Tell(new EndAllCustomers("run stopping"));

        // No clock movement: the customer does not wait 30 s to close its chat.
        await AwaitConditionAsync(() => _counters.Stopped == 1, Deadline);
        var end = Assert.Single(_client.Calls, c => c.Method == ApiMethod.SendEvents);
        Assert.Equal(ClientIds.For("run1", 0), end.ClientId);
        Assert.Equal(1, _metrics.Snapshot().Sessions.EndedByRun);
        Assert.Equal(0, _client.PollViolations);
    }

    [Fact]
    public async Task Customer_TransientFailures_AreNotLoggedButADefectIs()
    {
        _client.Poll = (_, _, _) => Task.FromResult(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatServerDisconnected));
        var root = StartRoot(customersPerGroup: 10, backoff: new BackoffSettings { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(1), RandomFactor = 0, MaxRetries = 1 });

        await EventFilter.Error().ExpectAsync(0, async () =>
        {
            root.Tell(new SpawnCustomer(0));
            _counters.AddSpawned();
            await AwaitConditionAsync(() => _client.PollCount == 1 && PendingTimers > 0, Deadline);
            Clock.Advance(TimeSpan.FromSeconds(1));
            await AwaitConditionAsync(() => _counters.Stopped == 1, Deadline);
        });

        await EventFilter.Exception<InvalidOperationException>().ExpectOneAsync(async () =>
        {
            _defectInScript = true;
            root.Tell(new SpawnCustomer(1));
            _counters.AddSpawned();
            await AwaitConditionAsync(() => _counters.Stopped == 2, Deadline);
        });
        Assert.Equal(2, _counters.Failed);
    }

    private IActorRef StartRoot(int customersPerGroup, BackoffSettings? backoff = null)
    {
        var factory = new CustomerFactory(
            "run1",
            1,
            _client,
            _metrics,
            Clock,
            new CustomerOptions(),
            backoff ?? new BackoffSettings(),
            _ => new FakeConversation
            {
                OnStart = (_, _, _) =>
                {
                    if (_defectInScript)
                    {
                        throw new InvalidOperationException("a defect in the bot");
                    }
                },
            },
            _counters);
        return Sys.ActorOf(Props.Create(() => new SwarmRootActor(factory, customersPerGroup)), "swarm");
    }
}
