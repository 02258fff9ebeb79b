namespace ChatSwarm.Actors.Tests.Cell;

using ChatSwarm.Actors.TestKit;

public sealed class DeathWatchTests : TestKit
{
    [Fact]
    public async Task Watch_SubjectStops_TerminatedDelivered()
    {
        var subject = ActorOf(Props.Create(() => new Idle()));
        Watch(subject);

        subject.Tell(PoisonPill.Instance);

        var terminated = await ExpectTerminatedAsync(subject);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Watch_AlreadyDeadActor_TerminatedDeliveredImmediately()
    {
        var probe = CreateTestProbe();
        var subject = ActorOf(Props.Create(() => new Idle()));
        probe.Watch(subject);
        Sys.Stop(subject);
        await probe.ExpectTerminatedAsync(subject);

        Watch(subject);

        var terminated = await ExpectTerminatedAsync(subject);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Watch_Nobody_TerminatedWithoutConfirmedExistence()
    {
        Watch(ActorRefs.Nobody);

        var terminated = await ExpectTerminatedAsync(ActorRefs.Nobody);

        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Unwatch_BeforeSubjectStops_NoTerminated()
    {
        var subject = ActorOf(Props.Create(() => new Idle()));
        var watcher = ActorOf(Props.Create(() => new WatchThenUnwatch(subject)));
        watcher.Tell("ready?");
        Assert.Equal("ready", await ExpectMsgAsync<string>());

        Sys.Stop(subject);
        Watch(subject);
        await ExpectTerminatedAsync(subject);

        watcher.Tell("ready?");
        Assert.Equal("ready", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Terminated_NotHandledByWatcher_WatcherStopsWithDeathPact()
    {
        var subject = ActorOf(Props.Create(() => new Idle()));
        var watcher = ActorOf(Props.Create(() => new StrictWatcher(subject)));
        Watch(watcher);

        await EventFilter.Exception<DeathPactException>().ExpectOneAsync(() =>
        {
            Sys.Stop(subject);
            return Task.CompletedTask;
        });

        await ExpectTerminatedAsync(watcher);
    }

    private sealed class Idle : ReceiveActor
    {
    }

    private sealed class WatchThenUnwatch : ReceiveActor
    {
        public WatchThenUnwatch(IActorRef subject)
        {
            Context.Watch(subject);
            Context.Unwatch(subject);
            Receive<string>(_ => Sender.Tell("ready"));
            Receive<Terminated>(t => throw new InvalidOperationException("must not receive Terminated after Unwatch"));
        }
    }

    private sealed class StrictWatcher : ReceiveActor
    {
        public StrictWatcher(IActorRef subject) => Context.Watch(subject);
    }
}
