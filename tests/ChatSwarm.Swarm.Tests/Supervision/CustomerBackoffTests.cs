using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;

namespace ChatSwarm.Swarm.Tests.Supervision;

public sealed class CustomerBackoffTests
{
    private static readonly BackoffSettings Settings = new() { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(10), RandomFactor = 0.5, MaxRetries = 3 };

    [Theory]
    [InlineData(0, 0.0, 1.0)]
    [InlineData(1, 0.0, 2.0)]
    [InlineData(2, 0.0, 4.0)]
    [InlineData(3, 0.0, 8.0)]
    [InlineData(4, 0.0, 10.0)]
    [InlineData(0, 0.5, 1.25)]
    [InlineData(4, 0.99, 14.95)]
    [InlineData(1000, 0.0, 10.0)]
    public void Delay_RestartCountAndRandom_DoublesFromMinCappedAtMaxTimesJitter(int restarts, double random, double expectedSeconds)
    {
        var delay = CustomerBackoff.Delay(Settings, restarts, random);

        Assert.Equal(expectedSeconds, delay.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Decide_StreakBelowMaxRetries_ReturnsTheDelayAndAtMaxGivesUp()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), CustomerBackoff.Decide(Settings, 2, 0));
        Assert.Null(CustomerBackoff.Decide(Settings, 3, 0));
        Assert.Null(CustomerBackoff.Decide(Settings with { MaxRetries = 0 }, 0, 0));
    }

    [Fact]
    public void StreakAfter_IncarnationRanLongerThanAutoReset_StartsANewStreak()
    {
        Assert.Equal(2, CustomerBackoff.StreakAfter(2, CustomerBackoff.AutoResetAfter - TimeSpan.FromTicks(1)));
        Assert.Equal(0, CustomerBackoff.StreakAfter(2, CustomerBackoff.AutoResetAfter));
    }

    [Fact]
    public void Delay_HugeMaxAndJitter_NeverOverflows()
    {
        var settings = new BackoffSettings { Min = TimeSpan.FromDays(1), Max = TimeSpan.MaxValue, RandomFactor = 1 };

        Assert.Equal(TimeSpan.MaxValue, CustomerBackoff.Delay(settings, 62, 0.99));
    }
}
