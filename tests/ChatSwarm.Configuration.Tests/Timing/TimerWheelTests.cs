using ChatSwarm.Configuration.Timing;
using Microsoft.Extensions.Time.Testing;

namespace ChatSwarm.Configuration.Tests.Timing;

public sealed class TimerWheelTests
{
    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void Schedule_DelayPasses_FiresOnceNeverEarlyAndAtMostOneTickLate()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        using var wheel = TimerWheel.Create(clock, Resolution);
        var fired = new List<TimeSpan>();
        var start = clock.GetUtcNow();
        wheel.Schedule(TimeSpan.FromSeconds(3.1), _ => fired.Add(clock.GetUtcNow() - start), null);

        // Act: one tick at a time, well past the deadline.
        for (var i = 0; i < 24; i++)
        {
            clock.Advance(Resolution);
        }

        // Assert
        var at = Assert.Single(fired);
        Assert.InRange(at, TimeSpan.FromSeconds(3.1), TimeSpan.FromSeconds(3.1) + Resolution);
        Assert.Equal(0, wheel.Count);
    }

    [Fact]
    public void Schedule_DisposedBeforeItsTime_NeverFires()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        using var wheel = TimerWheel.Create(clock, Resolution);
        var fired = 0;
        var registration = wheel.Schedule(TimeSpan.FromSeconds(2), _ => fired++, null);
        clock.Advance(TimeSpan.FromSeconds(1));

        // Act
        registration.Dispose();
        clock.Advance(TimeSpan.FromSeconds(5));

        // Assert
        Assert.Equal(0, fired);
        Assert.Equal(0, wheel.Count);
    }

    [Fact]
    public void Schedule_DelaysLongerThanOneTurnAndSharingSlots_EachFiresAtItsOwnTime()
    {
        // Arrange: 512 slots of 250 ms make one turn of 128 s; 10 s and 138 s share a slot, as do 0.5 s and 128.5 s.
        var clock = new FakeTimeProvider();
        using var wheel = TimerWheel.Create(clock, Resolution);
        var start = clock.GetUtcNow();
        var fired = new Dictionary<double, TimeSpan>();
        foreach (var seconds in new[] { 0.5, 10, 128.5, 138, 300 })
        {
            wheel.Schedule(TimeSpan.FromSeconds(seconds), s => fired[(double)s!] = clock.GetUtcNow() - start, seconds);
        }

        // Act
        for (var i = 0; i < 1300; i++)
        {
            clock.Advance(Resolution);
        }

        // Assert
        Assert.Equal(5, fired.Count);
        foreach (var (seconds, at) in fired)
        {
            Assert.InRange(at, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds) + Resolution);
        }
    }

    [Fact]
    public void Tick_ClockJumpsFarAhead_FiresEverythingDueInOneCatchUp()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        using var wheel = TimerWheel.Create(clock, Resolution);
        var fired = 0;
        for (var i = 1; i <= 100; i++)
        {
            wheel.Schedule(TimeSpan.FromSeconds(i), _ => fired++, null);
        }

        wheel.Schedule(TimeSpan.FromHours(1), _ => fired += 1000, null);

        // Act: one jump of ten minutes (a starved process's late tick).
        clock.Advance(TimeSpan.FromMinutes(10));

        // Assert
        Assert.Equal(100, fired);
        Assert.Equal(1, wheel.Count);
    }

    [Fact]
    public void Schedule_AfterTheWheelEmptiedAndStopped_StartsTickingAgain()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        using var wheel = TimerWheel.Create(clock, Resolution);
        var fired = 0;
        wheel.Schedule(TimeSpan.FromSeconds(1), _ => fired++, null);
        clock.Advance(TimeSpan.FromSeconds(2));

        // Act
        wheel.Schedule(TimeSpan.FromSeconds(1), _ => fired++, null);
        clock.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.Equal(2, fired);
    }

    [Fact]
    public void Dispose_WithTimersPending_NoneFiresNorAnyScheduledAfterwards()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        var wheel = TimerWheel.Create(clock, Resolution);
        var fired = 0;
        var registration = wheel.Schedule(TimeSpan.FromSeconds(1), _ => fired++, null);

        // Act
        wheel.Dispose();
        var late = wheel.Schedule(TimeSpan.FromSeconds(1), _ => fired++, null);
        clock.Advance(TimeSpan.FromSeconds(5));
        registration.Dispose();
        late.Dispose();

        // Assert
        Assert.Equal(0, fired);
        Assert.Equal(0, wheel.Count);
    }
}
