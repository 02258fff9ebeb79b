using Akka.Actor;
using ChatSwarm.Swarm.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatSwarm.Swarm.Tests.Hosting;

public sealed class ActorTimersTests : SwarmTestKit
{
    public ActorTimersTests()
        : base(new FakeTimeProvider())
    {
    }

    [Fact]
    public async Task StartSingleTimer_DelayPasses_OwnerAcceptsTheTickAndItsMessage()
    {
        var timers = new ActorTimers(Sys.Scheduler, TestActor);

        timers.StartSingleTimer("limit", "end the chat", TimeSpan.FromMinutes(2));
        Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromTicks(1));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        Clock.Advance(TimeSpan.FromTicks(1));
        var tick = await ExpectMsgAsync<ActorTimers.Tick>();

        Assert.True(timers.Accept(tick));
        Assert.Equal("end the chat", tick.Message);
        Assert.False(timers.IsTimerActive("limit"));
        Assert.Equal(0, PendingTimers);
    }

    [Fact]
    public async Task Cancel_BeforeTheDelay_NothingArrivesAndTheSchedulerHoldsNothing()
    {
        var timers = new ActorTimers(Sys.Scheduler, TestActor);
        timers.StartSingleTimer("limit", "end the chat", TimeSpan.FromSeconds(5));
        Assert.Equal(1, PendingTimers);

        timers.Cancel("limit");
        Clock.Advance(TimeSpan.FromSeconds(10));

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        Assert.False(timers.IsTimerActive("limit"));
        Assert.Equal(0, PendingTimers);
    }

    [Fact]
    public async Task Accept_TickCancelledAfterItWasSent_IsRefused()
    {
        // The tick is already in the mailbox when the owner cancels: Akka's timers drop it, and so must these.
        var timers = new ActorTimers(Sys.Scheduler, TestActor);
        timers.StartSingleTimer("retry", "poll again", TimeSpan.FromSeconds(1));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var tick = await ExpectMsgAsync<ActorTimers.Tick>();

        timers.Cancel("retry");

        Assert.False(timers.Accept(tick));
    }

    [Fact]
    public async Task StartSingleTimer_SameKeyAgain_OnlyTheLatestIsAccepted()
    {
        var timers = new ActorTimers(Sys.Scheduler, TestActor);
        timers.StartSingleTimer("expect", "first", TimeSpan.FromSeconds(1));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var stale = await ExpectMsgAsync<ActorTimers.Tick>();

        timers.StartSingleTimer("expect", "second", TimeSpan.FromSeconds(3));
        Clock.Advance(TimeSpan.FromSeconds(3));
        var latest = await ExpectMsgAsync<ActorTimers.Tick>();

        Assert.False(timers.Accept(stale));
        Assert.True(timers.Accept(latest));
        Assert.Equal("second", latest.Message);
    }

    [Fact]
    public async Task Accept_AnotherIncarnationsTick_IsRefused()
    {
        var previous = new ActorTimers(Sys.Scheduler, TestActor);
        var current = new ActorTimers(Sys.Scheduler, TestActor);
        previous.StartSingleTimer("limit", "old", TimeSpan.FromSeconds(1));
        current.StartSingleTimer("limit", "new", TimeSpan.FromSeconds(2));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var old = await ExpectMsgAsync<ActorTimers.Tick>();

        Assert.False(current.Accept(old));
        Assert.True(current.IsTimerActive("limit"));
    }

    [Fact]
    public async Task CancelAll_OwnerStops_NoTimerIsLeftScheduled()
    {
        var owner = Sys.ActorOf(Props.Create(() => new TimedActor(TestActor)));
        owner.Tell(TimeSpan.FromSeconds(30));
        owner.Tell(TimeSpan.FromMinutes(2));
        await AwaitConditionAsync(() => PendingTimers == 2, TimeSpan.FromSeconds(5));

        Watch(owner);
        Sys.Stop(owner);
        await ExpectTerminatedAsync(owner);
        Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(0, PendingTimers);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Owner_TickOfAnActorTimer_HandlesItsMessageOnce()
    {
        var owner = Sys.ActorOf(Props.Create(() => new TimedActor(TestActor)));

        owner.Tell(TimeSpan.FromSeconds(4));
        await AwaitConditionAsync(() => PendingTimers == 1, TimeSpan.FromSeconds(5));
        Clock.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal("fired after 00:00:04", await ExpectMsgAsync<string>());
        Clock.Advance(TimeSpan.FromSeconds(10));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Token_TickCancelledBeforeOrAfterItIsRead_IsCancelled()
    {
        // A scheduler other than ClockScheduler registers on the token: it must see the cancellation either way round.
        var readFirst = new ActorTimers.Tick("k", "m");
        var token = readFirst.Token;
        var cancelledFirst = new ActorTimers.Tick("k", "m");

        readFirst.Cancel();
        cancelledFirst.Cancel();

        Assert.True(token.IsCancellationRequested);
        Assert.True(cancelledFirst.Token.IsCancellationRequested);
        Assert.True(cancelledFirst.IsCancellationRequested);
    }

    /// <summary>Starts a timer per delay it is told, keyed by the delay, and reports each accepted tick.</summary>
    private sealed class TimedActor : UntypedActor
    {
        private readonly IActorRef _report;
        private readonly ActorTimers _timers;

        public TimedActor(IActorRef report)
        {
            _report = report;
            _timers = new ActorTimers(Context.System.Scheduler, Self);
        }

        protected override void OnReceive(object message)
        {
            switch (message)
            {
                case TimeSpan delay:
                    _timers.StartSingleTimer(delay, delay, delay);
                    break;
                case ActorTimers.Tick tick when _timers.Accept(tick):
                    _report.Tell($"fired after {tick.Message}");
                    break;
            }
        }

        protected override void PostStop() => _timers.CancelAll();
    }
}
