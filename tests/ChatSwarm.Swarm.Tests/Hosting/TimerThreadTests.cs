using System.Collections.Concurrent;
using System.Diagnostics;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Swarm.Tests.Hosting;

public sealed class TimerThreadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Once = Timeout.InfiniteTimeSpan;

    [Fact]
    public async Task Schedule_SeveralDelays_RunInDeadlineOrderNotBeforeTheirTime()
    {
        using var timers = TimerThread.Start("test-timers");
        var started = Stopwatch.GetTimestamp();
        var runs = new ConcurrentQueue<(int Delay, TimeSpan At)>();
        var last = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        foreach (var delay in new[] { 150, 50, 100 })
        {
            timers.Schedule(TimeSpan.FromMilliseconds(delay), Once, _ =>
            {
                runs.Enqueue((delay, Stopwatch.GetElapsedTime(started)));
                if (runs.Count == 3)
                {
                    last.SetResult();
                }
            }, null);
        }

        await last.Task.WaitAsync(Deadline);

        Assert.Equal([50, 100, 150], runs.Select(r => r.Delay));
        Assert.All(runs, r => Assert.True(r.At >= TimeSpan.FromMilliseconds(r.Delay), $"{r.Delay} ms timer ran at {r.At.TotalMilliseconds} ms"));
        Assert.Equal(0, timers.Count);
    }

    [Fact]
    public async Task Schedule_EarlierThanTheOneSleptFor_WakesTheThread()
    {
        using var timers = TimerThread.Start("test-timers");
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        timers.Schedule(TimeSpan.FromHours(1), Once, _ => { }, null);
        await AwaitAsync(() => timers.Count == 1);

        timers.Schedule(TimeSpan.FromMilliseconds(20), Once, _ => ran.SetResult(), null);

        await ran.Task.WaitAsync(Deadline);
        Assert.Equal(1, timers.Count);
    }

    [Fact]
    public async Task Cancel_BeforeItsTime_NeverRuns()
    {
        using var timers = TimerThread.Start("test-timers");
        var cancelledRan = false;
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = timers.Schedule(TimeSpan.FromMilliseconds(50), Once, _ => cancelledRan = true, null);
        timers.Schedule(TimeSpan.FromMilliseconds(100), Once, _ => later.SetResult(), null);

        cancelled.Cancel();
        await later.Task.WaitAsync(Deadline);

        // Timers run in deadline order on one thread, so the cancelled one's time had come before the later one ran.
        Assert.False(cancelledRan);
    }

    [Fact]
    public async Task Schedule_WithPeriod_RepeatsUntilCancelled()
    {
        using var timers = TimerThread.Start("test-timers");
        var runs = 0;
        var repeating = timers.Schedule(TimeSpan.Zero, TimeSpan.FromMilliseconds(20), _ => Interlocked.Increment(ref runs), "state");
        await AwaitAsync(() => Volatile.Read(ref runs) >= 3);

        repeating.Cancel();
        var atCancel = Volatile.Read(ref runs);
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        timers.Schedule(TimeSpan.FromMilliseconds(200), Once, _ => witness.SetResult(), null);
        await witness.Task.WaitAsync(Deadline);

        // A run already under way when Cancel returned may finish; none starts after it.
        Assert.InRange(Volatile.Read(ref runs), atCancel, atCancel + 1);
        Assert.Equal(0, timers.Count);
    }

    [Fact]
    public async Task Dispose_PendingAndLaterTimers_NeverRun()
    {
        var timers = TimerThread.Start("test-timers");
        var ran = false;
        timers.Schedule(TimeSpan.FromMilliseconds(50), Once, _ => ran = true, null);

        timers.Dispose();
        timers.Schedule(TimeSpan.Zero, Once, _ => ran = true, null);
        using var witnessTimers = TimerThread.Start("test-witness");
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        witnessTimers.Schedule(TimeSpan.FromMilliseconds(200), Once, _ => witness.SetResult(), null);
        await witness.Task.WaitAsync(Deadline);

        Assert.False(ran);
        Assert.Equal(0, timers.Count);
    }

    [Fact]
    public async Task Schedule_Callback_ReceivesItsStateOnTheNamedThread()
    {
        using var timers = TimerThread.Start("test-timers");
        var seen = new TaskCompletionSource<(object? State, string? Thread, bool Pool)>(TaskCreationOptions.RunContinuationsAsynchronously);

        timers.Schedule(TimeSpan.Zero, Once, state => seen.SetResult((state, Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread)), "state");

        var (receivedState, thread, pool) = await seen.Task.WaitAsync(Deadline);
        Assert.Equal("state", receivedState);
        Assert.Equal("test-timers", thread);
        Assert.False(pool);
    }

    private static async Task AwaitAsync(Func<bool> condition)
    {
        var until = Stopwatch.GetTimestamp() + (long)(Deadline.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            Assert.True(Stopwatch.GetTimestamp() < until, "condition not met before the deadline");
            await Task.Delay(5);
        }
    }
}
