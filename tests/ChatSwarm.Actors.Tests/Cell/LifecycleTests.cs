namespace ChatSwarm.Actors.Tests.Cell;

using ChatSwarm.Actors.TestKit;

public sealed class LifecycleTests : TestKit
{
    [Fact]
    public async Task PreStart_BeforeFirstMessage_RunsFirst()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor)));

        actor.Tell("m1");

        Assert.Equal("PreStart", await ExpectMsgAsync<string>());
        Assert.Equal("got m1", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task PoisonPill_AfterQueuedMessages_ProcessesThemThenRunsPostStop()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor)));
        Watch(actor);

        actor.Tell("a");
        actor.Tell("b");
        actor.Tell(PoisonPill.Instance);
        actor.Tell("after");

        Assert.Equal("PreStart", await ExpectMsgAsync<string>());
        Assert.Equal("got a", await ExpectMsgAsync<string>());
        Assert.Equal("got b", await ExpectMsgAsync<string>());
        Assert.Equal("PostStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Stop_DuringAwaitedHandler_RunsPostStopAndNeverResumesHandler()
    {
        var gate = new TaskCompletionSource();
        var actor = ActorOf(Props.Create(() => new AwaitingActor(TestActor, gate.Task)));
        Watch(actor);

        actor.Tell("work");
        Assert.Equal("awaiting", await ExpectMsgAsync<string>());
        Sys.Stop(actor);

        Assert.Equal("PostStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(actor);
        gate.SetResult();
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Stop_WhileBusy_OvertakesQueuedUserMessagesWhichBecomeDeadLetters()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var actor = ActorOf(Props.Create(() => new BlockingActor(entered, release)));

        actor.Tell("block");
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(5)));
        for (var i = 0; i < 10; i++)
        {
            actor.Tell(i);
        }

        var before = Sys.DeadLetterCount;
        Watch(actor);
        Sys.Stop(actor);
        release.Release();

        await ExpectTerminatedAsync(actor);
        await AwaitConditionAsync(() => Sys.DeadLetterCount - before == 10);
        Assert.Equal(0, entered.CurrentCount);
    }

    [Fact]
    public async Task Stop_Parent_StopsChildrenBeforeParentPostStop()
    {
        var parent = ActorOf(Props.Create(() => new Parent(TestActor)), "parent");
        Assert.Equal("child started", await ExpectMsgAsync<string>());

        Sys.Stop(parent);

        Assert.Equal("child stopped", await ExpectMsgAsync<string>());
        Assert.Equal("parent stopped", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Restart_AfterFailure_WipesStateAndKeepsQueuedMessages()
    {
        var counter = ActorOf(Props.Create(() => new Counter()));

        counter.Tell("inc");
        counter.Tell("inc");
        counter.Tell("get");
        counter.Tell("boom");
        counter.Tell("inc");
        counter.Tell("get");

        Assert.Equal(2, await ExpectMsgAsync<int>());
        Assert.Equal(1, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Restart_DefaultHooks_StopChildrenAndRecreateOnlyAfterTheyStopped()
    {
        var parent = ActorOf(Props.Create(() => new Parent(TestActor)));
        Assert.Equal("child started", await ExpectMsgAsync<string>());

        parent.Tell("boom");

        // Akka's default PreRestart asks children to stop and calls PostStop; the new instance (which creates a
        // child with the same name) only starts once the old child has fully stopped.
        Assert.Equal("parent stopped", await ExpectMsgAsync<string>());
        Assert.Equal("child stopped", await ExpectMsgAsync<string>());
        Assert.Equal("child started", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Kill_Received_ActorIsStopped()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor)));
        Watch(actor);
        Assert.Equal("PreStart", await ExpectMsgAsync<string>());

        await EventFilter.Exception<ActorKilledException>().ExpectOneAsync(() =>
        {
            actor.Tell(Kill.Instance);
            return Task.CompletedTask;
        });

        Assert.Equal("PostStop", await FishForMessageAsync<string>(s => s == "PostStop"));
        await ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task ActorOf_ConstructorThrows_ActorIsStoppedWithInitializationError()
    {
        await EventFilter.Exception<ActorInitializationException>().ExpectOneAsync(() =>
        {
            var actor = ActorOf(Props.Create<ThrowingConstructor>());
            Watch(actor);
            return Task.CompletedTask;
        });

        var terminated = await FishForMessageAsync<Terminated>(_ => true);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void ActorOf_DuplicateName_ThrowsNamingTheActor()
    {
        ActorOf(Props.Create(() => new Recorder(TestActor)), "same");

        var ex = Assert.Throws<InvalidActorNameException>(() => ActorOf(Props.Create(() => new Recorder(TestActor)), "same"));
        Assert.Contains("'same'", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("$x")]
    [InlineData("with space")]
    public void ActorOf_InvalidName_Throws(string name)
    {
        Assert.Throws<InvalidActorNameException>(() => ActorOf(Props.Create(() => new Recorder(TestActor)), name));
    }

    [Fact]
    public async Task ActorOf_NameOfStoppedActor_CanBeReusedAfterTermination()
    {
        var first = ActorOf(Props.Create(() => new Recorder(TestActor)), "reused");
        Watch(first);
        Sys.Stop(first);
        await FishForMessageAsync<Terminated>(_ => true);

        var second = ActorOf(Props.Create(() => new Recorder(TestActor)), "reused");

        Assert.NotSame(first, second);
        Assert.Equal("chatswarm://test/user/reused", second.Path.ToString());
    }

    [Fact]
    public async Task Context_ChildAndChildren_ReflectLiveChildren()
    {
        var parent = ActorOf(Props.Create(() => new Parent(TestActor)), "p");
        Assert.Equal("child started", await ExpectMsgAsync<string>());

        parent.Tell("children");

        Assert.Equal("child:chatswarm://test/user/p/child", await ExpectMsgAsync<string>());
    }

    internal sealed class Recorder : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Recorder(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(s => _probe.Tell("got " + s));
        }

        protected override void PreStart() => _probe.Tell("PreStart");

        protected override void PostStop() => _probe.Tell("PostStop");
    }

    private sealed class AwaitingActor : ReceiveActor
    {
        private readonly IActorRef _probe;

        public AwaitingActor(IActorRef probe, Task gate)
        {
            _probe = probe;
            ReceiveAsync<string>(async _ =>
            {
                _probe.Tell("awaiting");
                await gate;
                _probe.Tell("resumed");
            });
        }

        protected override void PostStop() => _probe.Tell("PostStop");
    }

    private sealed class BlockingActor : ReceiveActor
    {
        public BlockingActor(SemaphoreSlim entered, SemaphoreSlim release)
        {
            Receive<string>(_ =>
            {
                entered.Release();

                // Holding the actor's turn on purpose: the test queues messages and a stop behind it.
                release.Wait(TimeSpan.FromSeconds(10));
            });
            Receive<int>(_ => entered.Release());
        }
    }

    private sealed class Parent : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Parent(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(_ => throw new InvalidOperationException("boom"), s => s == "boom");
            Receive<string>(_ => Sender.Tell(string.Join(",", Context.Children.Select(c => "child:" + c.Path))), s => s == "children");
        }

        protected override void PreStart() => Context.ActorOf(Props.Create(() => new Child(_probe)), "child");

        protected override void PostStop() => _probe.Tell("parent stopped");
    }

    private sealed class Child : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Child(IActorRef probe) => _probe = probe;

        protected override void PreStart() => _probe.Tell("child started");

        protected override void PostStop() => _probe.Tell("child stopped");
    }

    private sealed class Counter : ReceiveActor
    {
        public Counter()
        {
            var count = 0;
            Receive<string>(_ => count++, s => s == "inc");
            Receive<string>(_ => Sender.Tell(count), s => s == "get");
            Receive<string>(_ => throw new InvalidOperationException("boom"), s => s == "boom");
        }
    }

    private sealed class ThrowingConstructor : ReceiveActor
    {
        public ThrowingConstructor() => throw new InvalidOperationException("cannot construct");
    }
}
