using ChatSwarm.Simulator.Scheduling;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class HeldPollTests : IDisposable
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new();
    private readonly Scheduler _scheduler;

    public HeldPollTests()
    {
        _scheduler = new Scheduler(_clock);
    }

    public void Dispose() => _scheduler.Dispose();

    [Fact]
    public void TryHold_WhileAPollIsHeld_RefusesTheSecond()
    {
        var poll = new HeldPoll();
        poll.TryHold(_scheduler, Hold, out var first);

        var held = poll.TryHold(_scheduler, Hold, out var second);

        Assert.False(held);
        Assert.Null(second);
        Assert.True(poll.IsHeld);
        Assert.False(first!.Task.IsCompleted);
    }

    [Fact]
    public void Wake_HeldPoll_CompletesWithTrueAndFreesTheSlot()
    {
        var poll = new HeldPoll();
        poll.TryHold(_scheduler, Hold, out var waiter);

        poll.Wake();

        Assert.True(waiter!.Task.IsCompletedSuccessfully);
        Assert.True(waiter.Task.Result);
        Assert.False(poll.IsHeld);
    }

    [Fact]
    public void Wake_NothingHeld_DoesNothing()
    {
        var poll = new HeldPoll();

        poll.Wake();

        Assert.False(poll.IsHeld);
    }

    [Fact]
    public void TryHold_HoldExpires_CompletesWithFalseButKeepsTheSlotUntilReleased()
    {
        var poll = new HeldPoll();
        poll.TryHold(_scheduler, Hold, out var waiter);

        _clock.Advance(Hold);

        Assert.True(waiter!.Task.IsCompletedSuccessfully);
        Assert.False(waiter.Task.Result);
        Assert.True(poll.IsHeld);
        poll.Release(waiter);
        Assert.False(poll.IsHeld);
    }

    [Fact]
    public void Release_StaleWaiter_LeavesTheNewerPollHeld()
    {
        var poll = new HeldPoll();
        poll.TryHold(_scheduler, Hold, out var old);
        poll.Wake();
        poll.TryHold(_scheduler, Hold, out var current);

        poll.Release(old!);

        Assert.True(poll.IsHeld);
        Assert.False(current!.Task.IsCompleted);
    }
}
