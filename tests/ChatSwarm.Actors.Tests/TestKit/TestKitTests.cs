namespace ChatSwarm.Actors.Tests.TestKit;

using ChatSwarm.Actors.TestKit;
using Xunit.Sdk;

public sealed class TestKitTests : TestKit
{
    [Fact]
    public async Task ExpectMsgAsync_WrongType_FailsNamingBothTypes()
    {
        TestActor.Tell(42);

        var ex = await Assert.ThrowsAsync<FailException>(() => ExpectMsgAsync<string>());

        Assert.Contains("String", ex.Message);
        Assert.Contains("Int32", ex.Message);
    }

    [Fact]
    public async Task ExpectMsgAsync_NothingArrives_FailsWithTimeout()
    {
        var ex = await Assert.ThrowsAsync<FailException>(() => ExpectMsgAsync<string>(timeout: TimeSpan.FromMilliseconds(50)));

        Assert.Contains("Timeout", ex.Message);
    }

    [Fact]
    public async Task ExpectNoMsgAsync_MessageArrives_Fails()
    {
        TestActor.Tell("unexpected");

        await Assert.ThrowsAsync<FailException>(() => ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public void ExpectMsg_Synchronous_ReceivesAndRecordsSender()
    {
        var probe = CreateTestProbe();

        probe.Send(TestActor, "hi");

        Assert.Equal("hi", ExpectMsg("hi"));
        Assert.Equal(probe.Ref, LastSender);
    }

    [Fact]
    public async Task Reply_AfterReceive_GoesToLastSender()
    {
        var probe = CreateTestProbe();
        probe.Send(TestActor, "question");
        await ExpectMsgAsync<string>();

        TestProbe.Reply("answer");

        Assert.Equal("answer", await probe.ExpectMsgAsync<string>());
        Assert.Equal(TestActor, probe.LastSender);
    }

    [Fact]
    public async Task Forward_KeepsOriginalSender()
    {
        var origin = CreateTestProbe();
        var target = CreateTestProbe();
        origin.Send(TestActor, "payload");
        await ExpectMsgAsync<string>();

        TestProbe.Forward(target.Ref);

        Assert.Equal("payload", await target.ExpectMsgAsync<string>());
        Assert.Equal(origin.Ref, target.LastSender);
    }

    [Fact]
    public async Task ExpectMsgFromAsync_OtherSender_Fails()
    {
        var a = CreateTestProbe();
        var b = CreateTestProbe();
        a.Send(TestActor, "x");

        await Assert.ThrowsAsync<FailException>(() => ExpectMsgFromAsync<string>(b.Ref));
    }

    [Fact]
    public async Task FishForMessageAsync_SkipsNonMatching()
    {
        TestActor.Tell(1);
        TestActor.Tell(2);
        TestActor.Tell(3);

        Assert.Equal(3, await FishForMessageAsync<int>(i => i == 3));
    }

    [Fact]
    public async Task WithinAsync_BlockSlowerThanMax_Fails()
    {
        await Assert.ThrowsAsync<FailException>(() => WithinAsync(TimeSpan.FromMilliseconds(50), () => Task.Delay(300)));
    }

    [Fact]
    public async Task WithinAsync_ExpectationInside_IsCappedToRemainingTime()
    {
        var started = DateTime.UtcNow;

        await Assert.ThrowsAsync<FailException>(() => WithinAsync(TimeSpan.FromMilliseconds(100), () => ExpectMsgAsync<string>(timeout: TimeSpan.FromSeconds(10))));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WithinAsync_BlockFasterThanMin_Fails()
    {
        TestActor.Tell("now");

        await Assert.ThrowsAsync<FailException>(() => WithinAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), () => ExpectMsgAsync<string>()));
    }

    [Fact]
    public async Task AwaitConditionAsync_NeverTrue_FailsAfterMax()
    {
        await Assert.ThrowsAsync<FailException>(() => AwaitConditionAsync(() => false, TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task AwaitAssertAsync_EventuallyPasses_Returns()
    {
        var attempts = 0;

        await AwaitAssertAsync(() =>
        {
            attempts++;
            Assert.True(attempts >= 3);
            return Task.CompletedTask;
        });

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task EventFilterDeadLetter_NoDeadLetter_Fails()
    {
        await Assert.ThrowsAsync<FailException>(() =>
            EventFilter.DeadLetter<string>().ExpectOneAsync(() => Task.CompletedTask, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void Dilated_TimeFactor_ScalesDurations()
    {
        var options = new TestKitOptions { TimeFactor = 2.5 };

        Assert.Equal(TimeSpan.FromSeconds(5), options.Dilated(TimeSpan.FromSeconds(2)));
        Assert.Contains("TimeFactor", new TestKitOptions { TimeFactor = 0.5 }.Validate());
    }
}
