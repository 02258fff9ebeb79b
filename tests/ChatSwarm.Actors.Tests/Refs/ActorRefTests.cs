namespace ChatSwarm.Actors.Tests.Refs;

using ChatSwarm.Actors.TestKit;

public sealed class ActorRefTests : TestKit
{
    [Fact]
    public async Task Forward_FromInsideActor_TargetSeesOriginalSender()
    {
        var target = CreateTestProbe();
        var middle = ActorOf(Props.Create(() => new Middle(target.Ref)));
        var origin = CreateTestProbe();

        origin.Send(middle, "hello");

        Assert.Equal("hello", await target.ExpectMsgAsync<string>());
        Assert.Equal(origin.Ref, target.LastSender);
    }

    [Fact]
    public async Task Tell_FromInsideActorWithoutSender_SelfIsImplicitSender()
    {
        var target = CreateTestProbe();
        var actor = ActorOf(Props.Create(() => new ImplicitTeller(target.Ref)), "teller");

        actor.Tell("go");

        await target.ExpectMsgAsync<string>();
        Assert.Equal(actor, target.LastSender);
    }

    [Fact]
    public async Task Tell_FromTestWithoutSender_TestActorIsImplicitSender()
    {
        var probe = CreateTestProbe();

        probe.Ref.Tell("x");

        await probe.ExpectMsgAsync<string>();
        Assert.Equal(TestActor, probe.LastSender);
    }

    [Fact]
    public void Path_NestedChild_PrintsSystemAndElements()
    {
        var path = new ActorPath("swarm", null, "user").Child("customer-1").Child("session");

        Assert.Equal("chatswarm://swarm/user/customer-1/session", path.ToString());
        Assert.Equal(["user", "customer-1", "session"], path.Elements);
        Assert.Equal(new ActorPath("swarm", null, "user").Child("customer-1").Child("session"), path);
    }

    [Fact]
    public async Task Nobody_Tell_DiscardedWithoutDeadLetter()
    {
        ActorRefs.Nobody.Tell("into the void");

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        Assert.Equal(0, Sys.DeadLetterCount);
        Assert.True(ActorRefs.Nobody.IsNobody());
        Assert.True(ActorRefs.NoSender.IsNobody());
    }

    [Fact]
    public void Forward_OutsideActor_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TestActor.Forward("x"));
    }

    [Fact]
    public void WithThroughput_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Props.Create(() => new Middle(TestActor)).WithThroughput(0));
    }

    private sealed class Middle : ReceiveActor
    {
        public Middle(IActorRef target) => Receive<string>(s => target.Forward(s));
    }

    private sealed class ImplicitTeller : ReceiveActor
    {
        public ImplicitTeller(IActorRef target) => Receive<string>(s => target.Tell(s));
    }
}
