namespace ChatSwarm.Actors.Tests.TestKit;

using ChatSwarm.Actors.TestKit;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Advance_TimersDue_FireInDueOrderAndNowMoves()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<string>();
        using var late = clock.CreateTimer(_ => fired.Add("late@" + clock.Elapsed.TotalSeconds), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add("early@" + clock.Elapsed.TotalSeconds), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["early@1", "late@3"], fired);
        Assert.Equal(TimeSpan.FromSeconds(5), clock.Elapsed);
        Assert.Equal(0, clock.ActiveTimerCount);
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerElapsedPeriod()
    {
        var clock = new ManualTimeProvider();
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));

        Assert.Equal(3, count);
        Assert.Equal(1, clock.ActiveTimerCount);
    }

    [Fact]
    public void Dispose_BeforeDue_NeverFires()
    {
        var clock = new ManualTimeProvider();
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(fired);
    }

    [Fact]
    public void CreateTimer_ZeroDueTime_FiresImmediately()
    {
        var clock = new ManualTimeProvider();
        var fired = false;

        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.True(fired);
    }

    [Fact]
    public async Task Delay_WithProvider_CompletesOnlyWhenAdvanced()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 1, 0, TimeSpan.Zero), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ManualTimeProvider().Advance(TimeSpan.FromTicks(-1)));
    }
}
