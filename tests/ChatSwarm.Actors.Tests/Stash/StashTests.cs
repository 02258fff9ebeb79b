namespace ChatSwarm.Actors.Tests.Stash;

using ChatSwarm.Actors.TestKit;

public sealed class StashTests : TestKit
{
    [Fact]
    public async Task UnstashAll_AfterOpening_DeliversStashedMessagesInOriginalOrderFirst()
    {
        var actor = ActorOf(Props.Create(() => new Gate()));

        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("open");
        actor.Tell("c");

        Assert.Equal(new object[] { "a", "b", "c" }, await ReceiveNAsync(3));
    }

    [Fact]
    public async Task Stop_WithStashedMessages_StashedMessagesBecomeDeadLetters()
    {
        var actor = ActorOf(Props.Create(() => new Gate()));
        Watch(actor);

        await EventFilter.DeadLetter<string>(s => s == "x").ExpectOneAsync(() =>
        {
            actor.Tell("x");
            actor.Tell(PoisonPill.Instance);
            return Task.CompletedTask;
        });

        await ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Restart_WithStashedMessages_StashedMessagesReturnToMailbox()
    {
        var actor = ActorOf(Props.Create(() => new Gate()));

        actor.Tell("a");
        actor.Tell("boom");
        actor.Tell("open");

        Assert.Equal("a", await ExpectMsgAsync<string>());
    }

    private sealed class Gate : ReceiveActor, IWithUnboundedStash
    {
        public Gate()
        {
            Receive<string>(_ => throw new InvalidOperationException("boom"), s => s == "boom");
            Receive<string>(
                _ =>
                {
                    Become(() => Receive<string>(s => Sender.Tell(s)));
                    Stash.UnstashAll();
                },
                s => s == "open");
            Receive<string>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;
    }
}
