namespace ChatSwarm.Actors.Tests.Actor;

using ChatSwarm.Actors.TestKit;

public sealed class ReceiveActorTests : TestKit
{
    [Fact]
    public async Task Receive_TypedHandlersWithPredicate_FirstMatchingHandlerWins()
    {
        var actor = ActorOf(Props.Create(() => new Classifier()));

        actor.Tell(5);
        actor.Tell(-3);
        actor.Tell("text");
        actor.Tell(2.5);

        Assert.Equal("positive 5", await ExpectMsgAsync<string>());
        Assert.Equal("int -3", await ExpectMsgAsync<string>());
        Assert.Equal("string text", await ExpectMsgAsync<string>());
        Assert.Equal("any Double", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Tell_ManySendersConcurrently_EachSendersMessagesArriveInOrder()
    {
        const int senders = 4;
        const int perSender = 2_000;
        var actor = ActorOf(Props.Create(() => new OrderChecker(senders)));

        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++)
            {
                actor.Tell(new Numbered(s, i), ActorRefs.NoSender);
            }
        })));
        actor.Tell("report", TestActor);

        var result = await ExpectMsgAsync<string>();
        Assert.Equal($"ok {senders * perSender}", result);
    }

    [Fact]
    public async Task ReceiveAsync_SlowHandlers_ProcessOneMessageAtATimeInOrder()
    {
        var actor = ActorOf(Props.Create(() => new AsyncOneAtATime()));

        for (var i = 0; i < 20; i++)
        {
            actor.Tell(i);
        }

        actor.Tell("report");

        var report = await ExpectMsgAsync<string>();
        Assert.Equal("max=1 order=" + string.Join(",", Enumerable.Range(0, 20)), report);
    }

    [Fact]
    public async Task ReceiveAsync_AfterAwait_SenderAndSelfAreStillTheCurrentMessages()
    {
        var actor = ActorOf(Props.Create(() => new AsyncEcho()));
        var probe = CreateTestProbe();

        probe.Send(actor, "hello");

        var reply = await probe.ExpectMsgAsync<string>();
        Assert.Equal("hello from " + actor.Path.Name, reply);
        Assert.Equal(actor, probe.LastSender);
    }

    [Fact]
    public async Task ReceiveAsync_HandlerThrowsAfterAwait_ActorIsRestarted()
    {
        var actor = ActorOf(Props.Create(() => new AsyncFailing(TestActor)));

        actor.Tell("fail");
        actor.Tell("ping");

        Assert.Equal("started", await ExpectMsgAsync<string>());
        Assert.Equal("started", await ExpectMsgAsync<string>());
        Assert.Equal("pong", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Become_NewHandlers_ReplaceOldAndUnbecomeStackedRestores()
    {
        var actor = ActorOf(Props.Create(() => new Switcher()));

        actor.Tell("who");
        actor.Tell("switch");
        actor.Tell("who");
        actor.Tell("back");
        actor.Tell("who");

        Assert.Equal("first", await ExpectMsgAsync<string>());
        Assert.Equal("second", await ExpectMsgAsync<string>());
        Assert.Equal("first", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Unhandled_MessageWithoutHandler_PublishedAsUnhandledMessage()
    {
        var actor = ActorOf(Props.Create(() => new Classifier()));

        await EventFilter.Unhandled<Guid>().ExpectOneAsync(() =>
        {
            actor.Tell(Guid.Empty);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void Constructor_CalledWithNew_ThrowsActorInitializationException()
    {
        Assert.Throws<ActorInitializationException>(() => new Classifier());
    }

    private sealed record Numbered(int Sender, int Sequence);

    private sealed class Classifier : ReceiveActor
    {
        public Classifier()
        {
            Receive<int>(i => Sender.Tell($"positive {i}"), i => i > 0);
            Receive<int>(i => Sender.Tell($"int {i}"));
            Receive<string>(s => Sender.Tell($"string {s}"));
            Receive<double>(d => Sender.Tell($"any {d.GetType().Name}"));
        }
    }

    private sealed class OrderChecker : ReceiveActor
    {
        public OrderChecker(int senders)
        {
            var last = Enumerable.Repeat(-1, senders).ToArray();
            var total = 0;
            var ok = true;
            Receive<Numbered>(n =>
            {
                ok &= n.Sequence == last[n.Sender] + 1;
                last[n.Sender] = n.Sequence;
                total++;
            });
            Receive<string>(_ => Sender.Tell(ok ? $"ok {total}" : "out of order"));
        }
    }

    private sealed class AsyncOneAtATime : ReceiveActor
    {
        public AsyncOneAtATime()
        {
            var running = 0;
            var max = 0;
            var order = new List<int>();
            ReceiveAsync<int>(async i =>
            {
                running++;
                max = Math.Max(max, running);
                await Task.Yield();
                await Task.Delay(1);
                order.Add(i);
                running--;
            });
            Receive<string>(_ => Sender.Tell($"max={max} order={string.Join(",", order)}"));
        }
    }

    private sealed class AsyncEcho : ReceiveActor
    {
        public AsyncEcho()
        {
            ReceiveAsync<string>(async s =>
            {
                await Task.Delay(5);
                await Task.Yield();
                Sender.Tell($"{s} from {Self.Path.Name}");
            });
        }
    }

    private sealed class AsyncFailing : ReceiveActor
    {
        private readonly IActorRef _probe;

        public AsyncFailing(IActorRef probe)
        {
            _probe = probe;
            ReceiveAsync<string>(async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("boom");
            }, s => s == "fail");
            Receive<string>(_ => Sender.Tell("pong"));
        }

        protected override void PreStart() => _probe.Tell("started");
    }

    private sealed class Switcher : ReceiveActor
    {
        public Switcher()
        {
            Receive<string>(_ => Sender.Tell("first"), s => s == "who");
            Receive<string>(_ => BecomeStacked(() =>
            {
                Receive<string>(_ => Sender.Tell("second"), s => s == "who");
                Receive<string>(_ => Context.UnbecomeStacked(), s => s == "back");
            }), s => s == "switch");
        }
    }
}
