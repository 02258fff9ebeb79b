using Akka.Actor;
using ChatSwarm.Testing;
using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Tests.Fakes;
using ChatSwarm.Swarm.Tests.Hosting;

namespace ChatSwarm.Swarm.Tests.Customers;

public sealed class CustomerActorTests : SwarmTestKit
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);
    private static readonly string ClientId = ClientIds.For("run1", 0);

    private readonly FakeMessagingClient _client = new();
    private readonly SwarmMetrics _metrics;
    private readonly SwarmCounters _counters = new();
    private readonly List<FakeConversation> _conversations = [];
    private CustomerFactory? _factory;

    public CustomerActorTests()
        : this(new FakeTimeProvider())
    {
    }

    private CustomerActorTests(FakeTimeProvider clock)
        : base(clock)
    {
        _metrics = new SwarmMetrics(clock);
    }

    [Fact]
    public async Task Poll_EmptyAnswersAnd5511_PollsAgainUntilTheServerEndsTheChat()
    {
        _client.Poll = (_, n, _) => Task.FromResult(n switch
        {
            1 => FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.NoEvents),
            2 => FakeMessagingClient.Events(),
            3 => FakeMessagingClient.Events(new StatusEvent { State = ChatState.Connected }),
            _ => FakeMessagingClient.Events(new EndedEvent()),
        });

        StartCustomer(() => new FakeConversation());
        var journal = await ExpectStoppedAsync();

        Assert.Equal(4, _client.PollCount);
        Assert.Equal(0, _client.PollViolations);
        Assert.Equal(CustomerEnd.Completed, journal.End);
        Assert.Equal(0, _client.CountOf(ApiMethod.SendEvents));
        Assert.Contains("ended EndedByServer", _conversations[0].Log);
        // Every answered poll was held by the server, whether it brought events or not.
        Assert.Equal(4, _metrics.Snapshot().PollHold.Count);
        var sessions = _metrics.Snapshot().Sessions;
        Assert.Equal(1, sessions.Started);
        Assert.Equal(1, sessions.Queued);
        Assert.Equal(1, sessions.Connected);
    }

    [Fact]
    public async Task Poll_ServerAnswers5509_WaitsBeforePollingAgain()
    {
        _client.Poll = FakeMessagingClient.FirstThenHold(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ConcurrentPoll));

        StartCustomer(() => new FakeConversation());
        await AwaitConditionAsync(() => _client.PollCount == 1 && !_client.IsPolling(ClientId) && PendingTimers > 0, Deadline);
        Assert.Equal(1, _client.PollCount);

        Clock.Advance(TimeSpan.FromSeconds(1));
        await AwaitConditionAsync(() => _client.PollCount == 2 && _client.IsPolling(ClientId), Deadline);
        Assert.Equal(1, _metrics.Snapshot().ConcurrentPollErrors);
    }

    [Fact]
    public async Task RequestChat_ExistingSession_FetchesHistoryAndResumes()
    {
        _client.RequestChat = id => OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-" + id, State = ChatState.Connected, IsNewChat = false });
        _client.History = _ => OperationResult<ChatEventBatch>.Success(ApiMethod.GetChatHistory, new ChatEventBatch([new MessageEvent { Msg = "earlier", PartyId = "agent-1" }]));

        StartCustomer(() => new FakeConversation());
        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);

        var conversation = _conversations[0];
        Assert.NotNull(conversation.History);
        Assert.Equal("earlier", Assert.IsType<MessageEvent>(Assert.Single(conversation.History!)).Msg);
        Assert.Equal(1, _client.CountOf(ApiMethod.GetChatHistory));
    }

    [Fact]
    public async Task Poll_AfterResume_EventsAlreadyInTheHistoryAreNotHandedToTheConversationAgain()
    {
        var pending = new MessageEvent { Msg = "Hi there.", MsgId = "m1", PartyId = "agent-1" };
        var form = new FormShowEvent { FormRequestId = "r1", FormName = "contact_details" };
        var fresh = new MessageEvent { Msg = "Anything else?", MsgId = "m3", PartyId = "agent-1" };
        _client.RequestChat = id => OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-" + id, State = ChatState.Connected, IsNewChat = false });
        _client.History = _ => OperationResult<ChatEventBatch>.Success(ApiMethod.GetChatHistory, new ChatEventBatch([
            new PartyJoinedEvent { PartyId = "agent-1" },
            new CaseSetEvent { CaseId = "case-1" },
            pending with { PartyId = "chat-1" },
            form,
        ]));
        _client.Poll = (id, n, ct) => n switch
        {
            // Both were still pending when the history was read, so the first polls bring them again.
            1 => Task.FromResult(FakeMessagingClient.Events(pending)),
            2 => Task.FromResult(FakeMessagingClient.Events(form, fresh)),
            3 => Task.FromResult(FakeMessagingClient.Events(new EndedEvent())),
            _ => FakeMessagingClient.HoldUntilCancelled(id, n, ct),
        };

        StartCustomer(() => new FakeConversation(), new CustomerOptions { CaseHistoryAtEnd = true });
        var journal = await ExpectStoppedAsync();

        var batches = _conversations[0].Log.Where(l => l.StartsWith("events", StringComparison.Ordinal)).ToList();
        Assert.Equal(["events chat_session_message", "events chat_session_ended"], batches);
        Assert.Equal(CustomerEnd.Completed, journal.End);

        // The case was set before the restart: the case calls at the end still run.
        Assert.Equal(1, _client.CountOf(ApiMethod.GetCaseHistory));
    }

    [Fact]
    public async Task Finish_CaseSetWithCaseCallsAtEnd_RunsHistoryThenCloseWithoutTellingTheConversation()
    {
        _client.Poll = (id, n, ct) => n switch
        {
            1 => Task.FromResult(FakeMessagingClient.Events(new CaseSetEvent { CaseId = "case-7" })),
            2 => Task.FromResult(FakeMessagingClient.Events(new EndedEvent())),
            _ => FakeMessagingClient.HoldUntilCancelled(id, n, ct),
        };

        StartCustomer(() => new FakeConversation(), new CustomerOptions { CaseHistoryAtEnd = true, CloseCaseAtEnd = true });
        var journal = await ExpectStoppedAsync();

        Assert.Equal(CustomerEnd.Completed, journal.End);
        var caseCalls = _client.Calls.Where(c => c.Method is ApiMethod.GetCaseHistory or ApiMethod.CloseCase).Select(c => c.Method);
        Assert.Equal([ApiMethod.GetCaseHistory, ApiMethod.CloseCase], caseCalls);
        // The host's own end-of-chat calls are not the conversation's operations.
        Assert.DoesNotContain(_conversations[0].Log, l => l.StartsWith("completed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_TransientError_RestartsAfterBackoffAndResumesTheSameSession()
    {
        var requests = 0;
        _client.RequestChat = id => OperationResult<ChatSession>.Success(
            ApiMethod.RequestChat,
            new ChatSession { ChatId = "chat-" + id, State = ChatState.Queued, IsNewChat = Interlocked.Increment(ref requests) == 1 });
        _client.Poll = FakeMessagingClient.FirstThenHold(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.NoChatServerAvailable));

        StartCustomer(() => new FakeConversation(), backoff: new BackoffSettings { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(4) });
        await AwaitConditionAsync(() => _client.PollCount == 1 && !_client.IsPolling(ClientId) && PendingTimers > 0, Deadline);
        Assert.Equal(1, _client.CountOf(ApiMethod.RequestChat));

        // Nothing happens before the backoff has passed on the run's clock.
        Clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(1, _client.CountOf(ApiMethod.RequestChat));
        Clock.Advance(TimeSpan.FromSeconds(1));

        await AwaitConditionAsync(() => _client.PollCount == 2 && _client.IsPolling(ClientId), Deadline);
        Assert.Equal(2, _client.CountOf(ApiMethod.RequestChat));
        Assert.All(_client.Calls.Where(c => c.Method == ApiMethod.RequestChat), c => Assert.Equal(ClientId, c.ClientId));
        Assert.NotNull(_conversations[1].History);
        Assert.Equal(1, _metrics.Snapshot().Sessions.Restarts);
        Assert.Equal(1, _metrics.Snapshot().Sessions.Started);
        Assert.Equal(0, _client.PollViolations);
    }

    [Fact]
    public async Task RequestChat_InvalidApplication_StopsTheCustomerAndCountsTheSetupError()
    {
        _client.RequestChat = _ => FakeMessagingClient.Failure<ChatSession>(ApiMethod.RequestChat, ApiErrorCode.InvalidApplication);

        StartCustomer(() => new FakeConversation());
        var journal = await ExpectStoppedAsync();

        Assert.Equal(CustomerEnd.Failed, journal.End);
        Assert.Equal(ApiErrorCode.InvalidApplication, journal.FailureCode);
        Assert.Equal(1, journal.Incarnations);
        Assert.Equal((ApiErrorCode.InvalidApplication, 1), _counters.MostCommonSetupFailure());
        Assert.Equal(1, _metrics.Snapshot().Sessions.Failed);
        Assert.Equal(0, _client.PollCount);
    }

    [Fact]
    public async Task Start_OpeningOperations_FirstPollStartsOnlyOnceTheyFinish()
    {
        var tracker = new OperationTracker();
        var opening = new[] { new GatedOperation("navigate", tracker), new GatedOperation("hello", tracker) };
        _client.Poll = FakeMessagingClient.HoldUntilCancelled;
        StartCustomer(() => new FakeConversation
        {
            OnStart = (host, _, _) =>
            {
                foreach (var operation in opening)
                {
                    host.Enqueue(operation);
                }
            },
        });

        await AwaitConditionAsync(() => opening[0].HasStarted, Deadline);
        Assert.Equal(0, _client.PollCount);
        opening[0].Release();
        await AwaitConditionAsync(() => opening[1].HasStarted, Deadline);
        Assert.Equal(0, _client.PollCount);
        opening[1].Release();

        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);
        Assert.Equal(1, _client.PollCount);
        Assert.Equal(["begin navigate", "end navigate", "begin hello", "end hello"], tracker.Log.ToArray());
    }

    [Fact]
    public async Task Enqueue_ThreeOperations_RunOneAtATimeInOrderBesideThePoll()
    {
        var tracker = new OperationTracker();
        var operations = new[] { new GatedOperation("a", tracker), new GatedOperation("b", tracker), new GatedOperation("c", tracker) };

        // The first poll brings an event the conversation answers with three operations; the second is held meanwhile.
        _client.Poll = FakeMessagingClient.FirstThenHold(FakeMessagingClient.Events(new StatusEvent { State = ChatState.Connected }));
        StartCustomer(() => new FakeConversation
        {
            OnEventBatch = (host, _) =>
            {
                foreach (var operation in operations)
                {
                    host.Enqueue(operation);
                }
            },
        });

        foreach (var operation in operations)
        {
            await AwaitConditionAsync(() => operation.HasStarted && _client.IsPolling(ClientId), Deadline);
            Assert.DoesNotContain(operations, o => o != operation && o.HasStarted && !tracker.Log.Contains("end " + o.Name));
            operation.Release();
        }

        await AwaitConditionAsync(() => _conversations[0].Log.Count(l => l.StartsWith("completed", StringComparison.Ordinal)) == 3, Deadline);
        Assert.Equal(["begin a", "end a", "begin b", "end b", "begin c", "end c"], tracker.Log.ToArray());
        Assert.Equal(["completed a", "completed b", "completed c"], _conversations[0].Log.Where(l => l.StartsWith("completed", StringComparison.Ordinal)));
        Assert.Equal(1, tracker.MaxConcurrent);
        Assert.Equal(0, _client.PollViolations);
    }

    [Fact]
    public async Task EndChat_WhileChatting_SendsChatSessionEndAndStopsWhenTheServerAnswersThePoll()
    {
        var group = StartCustomer(() => new FakeConversation());
        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);

        group.Tell(new EndCustomer(0, "run stopping"));
        var journal = await ExpectStoppedAsync();

        var send = Assert.Single(_client.Calls, c => c.Method == ApiMethod.SendEvents);
        Assert.IsType<EndEvent>(Assert.Single((IReadOnlyList<ChatEvent>)send.Detail!));
        Assert.False(_client.IsPolling(ClientId));
        Assert.Equal(CustomerEnd.EndedByRun, journal.End);
        Assert.Contains("ended RunStopping", _conversations[0].Log);

        // The held poll came back with 5005 for the chat this customer closed: the server's answer, not an error.
        var snapshot = _metrics.Snapshot();
        Assert.Equal(0, snapshot.FailedRequests);
        Assert.Equal(0, snapshot.ErrorsWithCode((int)ApiErrorCode.ChatSessionNotFound));
    }

    [Fact]
    public async Task EndChat_ServerKeepsThePollAfterTheEnd_CancelsItAfterThePollDrainTimeout()
    {
        _client.ReleasesPollOnEnd = false;
        var group = StartCustomer(() => new FakeConversation());
        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);

        group.Tell(new EndCustomer(0, "run stopping"));
        await AwaitConditionAsync(() => _client.Sent.Any(e => e is EndEvent) && PendingTimers > 0, Deadline);
        Assert.True(_client.IsPolling(ClientId));

        Clock.Advance(CustomerActor.PollDrainTimeout);
        var journal = await ExpectStoppedAsync();

        Assert.False(_client.IsPolling(ClientId));
        Assert.Equal(CustomerEnd.EndedByRun, journal.End);
        Assert.Equal(0, _metrics.Snapshot().FailedRequests);
    }

    [Fact]
    public async Task OperationTransientError_WithPollOutstanding_RestartsOnlyAfterThePollReturned()
    {
        var tracker = new OperationTracker();
        var failing = new GatedOperation("send", tracker);

        // The first poll brings an event the conversation answers with the send; the second poll is held meanwhile.
        _client.Poll = FakeMessagingClient.FirstThenHold(FakeMessagingClient.Events(new StatusEvent { State = ChatState.Connected }));
        StartCustomer(() => new FakeConversation
        {
            OnEventBatch = (host, _) =>
            {
                if (!failing.HasStarted)
                {
                    host.Enqueue(failing);
                }
            },
        });
        await AwaitConditionAsync(() => failing.HasStarted && _client.IsPolling(ClientId), Deadline);

        failing.Release(new BotOperationResult(ApiError.From(ApiErrorCode.ChatServerTimeout)));
        await AwaitConditionAsync(() => !_client.IsPolling(ClientId) && PendingTimers > 0, Deadline);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await AwaitConditionAsync(() => _client.PollCount == 3 && _client.IsPolling(ClientId), Deadline);

        Assert.Equal(0, _client.PollViolations);
        Assert.Equal(1, _metrics.Snapshot().Sessions.Restarts);
    }

    [Fact]
    public async Task MaxSessionDuration_Reached_EndsTheChat()
    {
        StartCustomer(() => new FakeConversation(), new CustomerOptions { MaxSessionDuration = TimeSpan.FromSeconds(30) });
        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);

        Clock.Advance(TimeSpan.FromSeconds(31));
        var journal = await ExpectStoppedAsync();

        Assert.Equal(1, _client.CountOf(ApiMethod.SendEvents));
        Assert.Equal(CustomerEnd.EndedByRun, journal.End);
    }

    [Fact]
    public async Task Poll_ServerLostTheSession_EndsAsLostNotFailedNorCompleted()
    {
        _client.Poll = (_, _, _) => Task.FromResult(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatSessionNotFound));

        StartCustomer(() => new FakeConversation());
        var journal = await ExpectStoppedAsync();

        Assert.Equal(CustomerEnd.Lost, journal.End);
        var sessions = _metrics.Snapshot().Sessions;
        Assert.Equal((1, 0, 0), (sessions.Lost, sessions.Completed, sessions.Failed));
        Assert.Equal(0, _client.CountOf(ApiMethod.SendEvents));
    }

    [Fact]
    public async Task CheckAvailability_NotAvailable_StopsWithoutRequestingAChat()
    {
        _client.Availability = _ => OperationResult<Availability>.Success(ApiMethod.CheckAvailability, new Availability { IsAvailable = false, Status = "notAvailable" });

        StartCustomer(() => new FakeConversation(), new CustomerOptions { CheckAvailability = true });
        var journal = await ExpectStoppedAsync();

        Assert.Equal(CustomerEnd.Unavailable, journal.End);
        Assert.Equal(0, _client.CountOf(ApiMethod.RequestChat));
    }

    [Fact]
    public async Task Count_MessageSentThenAgentMessage_RecordsTheReplyRoundTrip()
    {
        var polls = new TaskCompletionSource<OperationResult<ChatEventBatch>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _client.Poll = (id, n, ct) => n == 1 ? polls.Task : FakeMessagingClient.HoldUntilCancelled(id, n, ct);
        StartCustomer(() => new FakeConversation { OnStart = (host, _, _) => host.Count(BotCounter.MessageSent) });
        await AwaitConditionAsync(() => _client.IsPolling(ClientId), Deadline);

        Clock.Advance(TimeSpan.FromMilliseconds(1500));
        polls.SetResult(FakeMessagingClient.Events(new MessageEvent { Msg = "hello", PartyId = "agent-1" }));
        await AwaitConditionAsync(() => _client.PollCount == 2, Deadline);

        var snapshot = _metrics.Snapshot();
        Assert.Equal(1, snapshot.ReplyRtt.Count);
        Assert.InRange(snapshot.ReplyRtt.Percentile(50).TotalMilliseconds, 1400, 1600);
    }

    /// <summary>Starts customer 0 in a group of its own (the group keeps its backoff); returns the group.</summary>
    private IActorRef StartCustomer(Func<FakeConversation> conversation, CustomerOptions? options = null, BackoffSettings? backoff = null)
    {
        _factory = new CustomerFactory(
            "run1",
            1,
            _client,
            _metrics,
            Clock,
            options ?? new CustomerOptions(),
            backoff ?? new BackoffSettings { Min = TimeSpan.FromMilliseconds(500), Max = TimeSpan.FromSeconds(2) },
            _ =>
            {
                var created = conversation();
                lock (_conversations)
                {
                    _conversations.Add(created);
                }

                return created;
            },
            _counters);
        var factory = _factory;
        var group = ChildActorOf(Props.Create(() => new CustomerGroupActor(factory, new Random(1))), "group-0");
        group.Tell(new SpawnCustomer(0));
        return group;
    }

    /// <summary>Waits until the group reports customer 0 gone for good (it has accounted for it); returns its journal.</summary>
    private async Task<CustomerJournal> ExpectStoppedAsync()
    {
        var stopped = await ExpectMsgAsync<CustomerStopped>(Deadline);
        Assert.Equal(0, stopped.Index);
        return stopped.Journal;
    }
}
