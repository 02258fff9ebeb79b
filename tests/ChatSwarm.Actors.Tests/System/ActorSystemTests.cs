namespace ChatSwarm.Actors.Tests.System;

using ChatSwarm.Actors.TestKit;

public sealed class ActorSystemTests
{
    [Fact]
    public async Task Tell_ToStoppedActor_CountedAsDeadLetterAndCallbackInvoked()
    {
        var letters = new List<DeadLetter>();
        await using var system = ActorSystem.Create("dl", new ActorSystemOptions { OnDeadLetter = d => { lock (letters) { letters.Add(d); } } });
        var stopped = new TaskCompletionSource();
        var actor = system.ActorOf(Props.Create(() => new StopSignal(stopped)));
        system.Stop(actor);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await WaitUntil(() => ((ActorCell)actor).IsTerminated);

        actor.Tell("lost", ActorRefs.NoSender);

        Assert.Equal(1, system.DeadLetterCount);
        lock (letters)
        {
            var letter = Assert.Single(letters);
            Assert.Equal("lost", letter.Message);
            Assert.Same(actor, letter.Recipient);
        }
    }

    [Fact]
    public async Task Terminate_ManyActorsWithChildren_AllPostStopsRunAndWhenTerminatedCompletes()
    {
        var system = ActorSystem.Create("term");
        var stops = new Counter();
        for (var i = 0; i < 50; i++)
        {
            system.ActorOf(Props.Create(() => new WithChildren(stops, 3)));
        }

        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(50 * 4, stops.Value);
        Assert.True(system.IsTerminated);
    }

    [Fact]
    public async Task ShutdownAsync_ActorStuckInHandler_ReturnsFalseAfterDeadline()
    {
        var system = ActorSystem.Create("stuck");
        using var release = new SemaphoreSlim(0);
        using var entered = new SemaphoreSlim(0);
        var actor = system.ActorOf(Props.Create(() => new Stuck(entered, release)));
        actor.Tell("go", ActorRefs.NoSender);
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(5)));

        var graceful = await system.ShutdownAsync(TimeSpan.FromMilliseconds(200));

        Assert.False(graceful);
        Assert.True(system.WhenTerminated.IsCompleted);
        release.Release();
    }

    [Fact]
    public async Task ActorOf_AfterTermination_ReturnsDeadReference()
    {
        var system = ActorSystem.Create("late");
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5));

        var actor = system.ActorOf(Props.Create(() => new WithChildren(new Counter(), 0)));
        actor.Tell("x", ActorRefs.NoSender);

        Assert.Equal(1, system.DeadLetterCount);
    }

    [Fact]
    public async Task Create_HundredThousandActors_AllStartAndStopCleanly()
    {
        const int count = 100_000;
        var system = ActorSystem.Create("many");
        var started = new Counter();
        var stopped = new Counter();
        var props = Props.Create(() => new Lightweight(started, stopped));

        for (var i = 0; i < count; i++)
        {
            system.ActorOf(props, "a" + i);
        }

        await WaitUntil(() => started.Value == count, TimeSpan.FromSeconds(30));
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(count, stopped.Value);
        Assert.Equal(0, system.DeadLetterCount);
    }

    [Theory]
    [InlineData(0, "Throughput")]
    [InlineData(20_000, "Throughput")]
    public void Create_InvalidThroughput_ThrowsNamingTheField(int throughput, string field)
    {
        var ex = Assert.Throws<ArgumentException>(() => ActorSystem.Create("bad", new ActorSystemOptions { Throughput = throughput }));

        Assert.Contains("ActorSystemOptions." + field, ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    public void Create_InvalidName_ThrowsNamingTheName(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => ActorSystem.Create(name));

        Assert.Contains($"'{name}'", ex.Message);
    }

    [Fact]
    public async Task Log_ActorLogsWarning_CallbackReceivesEventWithSource()
    {
        var events = new List<ActorLogEvent>();
        var clock = new ManualTimeProvider();
        await using var system = ActorSystem.Create("log", new ActorSystemOptions
        {
            TimeProvider = clock,
            Log = e => { lock (events) { events.Add(e); } },
        });
        system.ActorOf(Props.Create(() => new Logging()), "talker");

        await WaitUntil(() => { lock (events) { return events.Count == 1; } });

        lock (events)
        {
            Assert.Equal(ActorLogLevel.Warning, events[0].Level);
            Assert.Equal("chatswarm://log/user/talker", events[0].Source);
            Assert.Equal(clock.GetUtcNow(), events[0].Timestamp);
        }
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met before the deadline");
            await Task.Delay(5);
        }
    }

    private sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }

    private sealed class StopSignal(TaskCompletionSource stopped) : ReceiveActor
    {
        protected override void PostStop() => stopped.TrySetResult();
    }

    private sealed class WithChildren : ReceiveActor
    {
        private readonly Counter _stops;

        public WithChildren(Counter stops, int children)
        {
            _stops = stops;
            for (var i = 0; i < children; i++)
            {
                Context.ActorOf(Props.Create(() => new WithChildren(stops, 0)));
            }
        }

        protected override void PostStop() => _stops.Increment();
    }

    private sealed class Stuck : ReceiveActor
    {
        public Stuck(SemaphoreSlim entered, SemaphoreSlim release)
        {
            Receive<string>(_ =>
            {
                entered.Release();

                // Simulates a handler that ignores shutdown; the test releases it after asserting.
                release.Wait(TimeSpan.FromSeconds(10));
            });
        }
    }

    private sealed class Lightweight(Counter started, Counter stopped) : ReceiveActor
    {
        protected override void PreStart() => started.Increment();

        protected override void PostStop() => stopped.Increment();
    }

    private sealed class Logging : ReceiveActor
    {
        protected override void PreStart() => Context.GetLogger().Warning("careful");
    }
}
