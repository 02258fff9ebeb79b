namespace ChatSwarm.Actors.Tests.Ask;

using ChatSwarm.Actors.TestKit;

public sealed class AskTests : TestKit
{
    private readonly ManualTimeProvider _clock;

    public AskTests()
        : this(new ManualTimeProvider())
    {
    }

    private AskTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task Ask_ActorReplies_ReturnsTypedReply()
    {
        var actor = ActorOf(Props.Create(() => new Responder()));

        var reply = await actor.Ask<int>("length", TimeSpan.FromSeconds(5));

        Assert.Equal(6, reply);
    }

    [Fact]
    public async Task Ask_NoReplyBeforeTimeout_ThrowsAskTimeoutException()
    {
        var actor = ActorOf(Props.Create(() => new Responder()));

        var ask = actor.Ask<int>("silent", TimeSpan.FromSeconds(5));
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
        _clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
        Assert.Contains(actor.Path.ToString(), ex.Message);
    }

    [Fact]
    public async Task Ask_StatusFailureReply_ThrowsTheCause()
    {
        var actor = ActorOf(Props.Create(() => new Responder()));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => actor.Ask<int>("fail", TimeSpan.FromSeconds(5)));

        Assert.Equal("requested failure", ex.Message);
    }

    [Fact]
    public async Task Ask_ReplyOfWrongType_ThrowsInvalidCast()
    {
        var actor = ActorOf(Props.Create(() => new Responder()));

        await Assert.ThrowsAsync<InvalidCastException>(() => actor.Ask<int>("text", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task PipeTo_SuccessfulTask_DeliversResultWithSender()
    {
        var probe = CreateTestProbe();

        await Task.FromResult(42).PipeTo(probe.Ref, TestActor);

        Assert.Equal(42, await probe.ExpectMsgAsync<int>());
        Assert.Equal(TestActor, probe.LastSender);
    }

    [Fact]
    public async Task PipeTo_SuccessMapping_DeliversMappedMessage()
    {
        await Task.FromResult(21).PipeTo(TestActor, success: i => $"v{i * 2}");

        Assert.Equal("v42", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task PipeTo_FaultedTask_DeliversStatusFailure()
    {
        await Task.FromException<int>(new TimeoutException("slow")).PipeTo(TestActor);

        var failure = await ExpectMsgAsync<Status.Failure>();
        Assert.IsType<TimeoutException>(failure.Cause);
    }

    [Fact]
    public async Task PipeTo_CancelledTask_DeliversStatusFailureWithCancellation()
    {
        await Task.FromCanceled<int>(new CancellationToken(true)).PipeTo(TestActor);

        var failure = await ExpectMsgAsync<Status.Failure>();
        Assert.IsAssignableFrom<OperationCanceledException>(failure.Cause);
    }

    [Fact]
    public async Task PipeTo_NonGenericFaulted_FailureMappingApplied()
    {
        await Task.FromException(new InvalidOperationException("x")).PipeTo(TestActor, failure: ex => "failed: " + ex.Message);

        Assert.Equal("failed: x", await ExpectMsgAsync<string>());
    }

    private sealed class Responder : ReceiveActor
    {
        public Responder()
        {
            Receive<string>(s => Sender.Tell(s.Length), s => s == "length");
            Receive<string>(_ => Sender.Tell(new Status.Failure(new InvalidOperationException("requested failure"))), s => s == "fail");
            Receive<string>(_ => Sender.Tell("not an int"), s => s == "text");
            Receive<string>(_ => { }, s => s == "silent");
        }
    }
}
