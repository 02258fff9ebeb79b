using ChatSwarm.Simulator.Scheduling;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Scheduling;

public sealed class SchedulerTests
{
    [Fact]
    public void Schedule_ManualClock_RunsDueWorkInDueOrderOnly()
    {
        var clock = new FakeTimeProvider();
        using var scheduler = new Scheduler(clock);
        var ran = new List<string>();
        scheduler.Schedule(TimeSpan.FromSeconds(3), s => ran.Add((string)s!), "c");
        scheduler.Schedule(TimeSpan.FromSeconds(1), s => ran.Add((string)s!), "a");
        scheduler.Schedule(TimeSpan.FromSeconds(2), s => ran.Add((string)s!), "b");

        clock.Advance(TimeSpan.FromMilliseconds(2500));

        Assert.Equal(["a", "b"], ran);
        Assert.Equal(1, scheduler.Pending);
    }

    [Fact]
    public void Cancel_BeforeDue_WorkNeverRuns()
    {
        var clock = new FakeTimeProvider();
        using var scheduler = new Scheduler(clock);
        var ran = 0;
        var work = scheduler.Schedule(TimeSpan.FromSeconds(1), _ => ran++, null);

        var cancelled = work.Cancel();
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(cancelled);
        Assert.Equal(0, ran);
    }

    [Fact]
    public void Schedule_EarlierThanArmed_RearmsTimer()
    {
        var clock = new FakeTimeProvider();
        using var scheduler = new Scheduler(clock);
        var ran = new List<int>();
        scheduler.Schedule(TimeSpan.FromSeconds(10), _ => ran.Add(10), null);
        scheduler.Schedule(TimeSpan.FromSeconds(1), _ => ran.Add(1), null);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([1], ran);
    }

    [Fact]
    public void Schedule_TenThousandEntries_OneTimerServesAll()
    {
        var clock = new FakeTimeProvider();
        using var scheduler = new Scheduler(clock);
        var count = 0;
        for (var i = 0; i < 10_000; i++) scheduler.Schedule(TimeSpan.FromMilliseconds(1 + (i % 1000)), _ => Interlocked.Increment(ref count), null);

        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(10_000, count);
        Assert.Equal(0, scheduler.Pending);
    }
}
