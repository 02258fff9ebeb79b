namespace ChatSwarm.Actors.Tests.Timers;

using ChatSwarm.Actors.TestKit;

public sealed class TimerSchedulerTests : TestKit
{
    private readonly ManualTimeProvider _clock;

    public TimerSchedulerTests()
        : this(new ManualTimeProvider())
    {
    }

    private TimerSchedulerTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task StartSingleTimer_ClockReachesDelay_MessageDeliveredOnce()
    {
        var actor = ActorOf(Props.Create(() => new TimerActor(TestActor)));
        actor.Tell(new StartSingle("tick", TimeSpan.FromSeconds(5)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        _clock.Advance(TimeSpan.FromSeconds(4.9));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        _clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("tick", await ExpectMsgAsync<string>());
        _clock.Advance(TimeSpan.FromSeconds(10));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task StartPeriodicTimer_InitialDelayThenInterval_FiresEachPeriod()
    {
        var actor = ActorOf(Props.Create(() => new TimerActor(TestActor)));
        actor.Tell(new StartPeriodic("p", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("p", await ExpectMsgAsync<string>());
        _clock.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal("p", await ExpectMsgAsync<string>());
        Assert.Equal("p", await ExpectMsgAsync<string>());
        actor.Tell("active?");
        Assert.True(await ExpectMsgAsync<bool>());
    }

    [Fact]
    public async Task Cancel_AfterTimerMessageWasQueued_MessageNeverReceived()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var actor = ActorOf(Props.Create(() => new TimerActor(TestActor, entered, release)));
        actor.Tell(new StartSingle("late", TimeSpan.FromSeconds(1)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        // The actor is busy; the timer fires and its message queues up behind; the busy handler then cancels it.
        actor.Tell("block-then-cancel");
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(5)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        release.Release();
        actor.Tell("active?");

        Assert.False(await ExpectMsgAsync<bool>());
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task StartSingleTimer_SameKeyTwice_OnlyTheReplacementFires()
    {
        var actor = ActorOf(Props.Create(() => new TimerActor(TestActor)));
        actor.Tell(new StartSingle("first", TimeSpan.FromSeconds(1)));
        actor.Tell(new StartSingle("second", TimeSpan.FromSeconds(2), Key: "first"));
        actor.Tell("active?");
        Assert.True(await ExpectMsgAsync<bool>());

        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("second", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Restart_PendingTimers_DieWithTheIncarnation()
    {
        var actor = ActorOf(Props.Create(() => new TimerActor(TestActor)));
        actor.Tell(new StartPeriodic("old", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        actor.Tell("boom");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 0);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    private sealed record StartSingle(string Message, TimeSpan Delay, string? Key = null);

    private sealed record StartPeriodic(string Message, TimeSpan Initial, TimeSpan Interval);

    private sealed class TimerActor : ReceiveActor, IWithTimers
    {
        public TimerActor(IActorRef probe, SemaphoreSlim? entered = null, SemaphoreSlim? release = null)
        {
            Receive<StartSingle>(s => Timers.StartSingleTimer(s.Key ?? s.Message, s.Message, s.Delay));
            Receive<StartPeriodic>(p => Timers.StartPeriodicTimer(p.Message, p.Message, p.Initial, p.Interval));
            Receive<string>(_ => Sender.Tell(Timers.IsTimerActive("p") || Timers.IsTimerActive("late") || Timers.IsTimerActive("first")), s => s == "active?");
            Receive<string>(_ => throw new InvalidOperationException("boom"), s => s == "boom");
            Receive<string>(
                _ =>
                {
                    entered!.Release();

                    // Holds the actor's turn while the test fires the timer behind it.
                    release!.Wait(TimeSpan.FromSeconds(10));
                    Timers.Cancel("late");
                },
                s => s == "block-then-cancel");
            Receive<string>(s => probe.Tell(s));
        }

        public ITimerScheduler Timers { get; set; } = null!;
    }
}
