namespace ChatSwarm.Actors.Tests.Actor;

using ChatSwarm.Actors.TestKit;

public sealed class UntypedActorTests : TestKit
{
    [Fact]
    public async Task ContextBecome_ReceiveDelegate_ReplacesBehaviourUntilUnbecome()
    {
        var actor = ActorOf(Props.Create(() => new Toggle()));

        actor.Tell("state");
        actor.Tell("flip");
        actor.Tell("state");
        actor.Tell("flip");
        actor.Tell("state");

        Assert.Equal(new object[] { "off", "on", "off" }, await ReceiveNAsync(3));
    }

    [Fact]
    public async Task Unhandled_CalledFromOnReceive_PublishesUnhandledMessage()
    {
        var actor = ActorOf(Props.Create(() => new Toggle()));

        await EventFilter.Unhandled<int>().ExpectOneAsync(() =>
        {
            actor.Tell(7);
            return Task.CompletedTask;
        });
    }

    private sealed class Toggle : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            switch (message)
            {
                case "state":
                    Sender.Tell("off");
                    break;
                case "flip":
                    Context.BecomeStacked(On);
                    break;
                default:
                    Unhandled(message);
                    break;
            }
        }

        private bool On(object message)
        {
            switch (message)
            {
                case "state":
                    Sender.Tell("on");
                    return true;
                case "flip":
                    Context.Unbecome();
                    return true;
                default:
                    return false;
            }
        }
    }
}
