namespace ChatSwarm.Actors.Tests.Cell;

using ChatSwarm.Actors.TestKit;

public sealed class ReceiveTimeoutTests : TestKit
{
    private readonly ManualTimeProvider _clock;

    public ReceiveTimeoutTests()
        : this(new ManualTimeProvider())
    {
    }

    private ReceiveTimeoutTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task SetReceiveTimeout_NoMessages_ReceiveTimeoutDelivered()
    {
        ActorOf(Props.Create(() => new Sleepy(TestActor)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task SetReceiveTimeout_MessagesKeepArriving_TimeoutPostponed()
    {
        var actor = ActorOf(Props.Create(() => new Sleepy(TestActor)));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        _clock.Advance(TimeSpan.FromSeconds(20));
        actor.Tell("ping");
        Assert.Equal("pong", await ExpectMsgAsync<string>());
        _clock.Advance(TimeSpan.FromSeconds(20));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task SetReceiveTimeout_Null_TimeoutCleared()
    {
        var actor = ActorOf(Props.Create(() => new Sleepy(TestActor)));
        actor.Tell("clear");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 0);

        _clock.Advance(TimeSpan.FromMinutes(5));

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
    }

    private sealed class Sleepy : ReceiveActor
    {
        public Sleepy(IActorRef probe)
        {
            Context.SetReceiveTimeout(TimeSpan.FromSeconds(30));
            Receive<ReceiveTimeout>(_ => probe.Tell("timeout"));
            Receive<string>(_ => Context.SetReceiveTimeout(null), s => s == "clear");
            Receive<string>(_ => probe.Tell("pong"));
        }
    }
}
