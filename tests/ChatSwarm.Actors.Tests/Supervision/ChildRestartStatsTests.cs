namespace ChatSwarm.Actors.Tests.Supervision;

public sealed class ChildRestartStatsTests
{
    private const long Frequency = TimeSpan.TicksPerSecond;

    [Fact]
    public void RequestRestartPermission_ZeroRetries_NeverAllowed()
    {
        Assert.False(new ChildRestartStats().RequestRestartPermission(0, null, 0, Frequency));
    }

    [Fact]
    public void RequestRestartPermission_UnlimitedWithoutWindow_AlwaysAllowed()
    {
        var stats = new ChildRestartStats();

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(stats.RequestRestartPermission(-1, null, 0, Frequency)));
    }

    [Fact]
    public void RequestRestartPermission_LimitWithoutWindow_CountsForever()
    {
        var stats = new ChildRestartStats();

        Assert.True(stats.RequestRestartPermission(2, null, 0, Frequency));
        Assert.True(stats.RequestRestartPermission(2, null, TimeSpan.FromHours(1).Ticks, Frequency));
        Assert.False(stats.RequestRestartPermission(2, null, TimeSpan.FromHours(2).Ticks, Frequency));
    }

    [Fact]
    public void RequestRestartPermission_WindowElapsed_CountStartsOver()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(10);

        Assert.True(stats.RequestRestartPermission(2, window, 0, Frequency));
        Assert.True(stats.RequestRestartPermission(2, window, TimeSpan.FromSeconds(5).Ticks, Frequency));
        Assert.False(stats.RequestRestartPermission(2, window, TimeSpan.FromSeconds(9).Ticks, Frequency));
        Assert.True(stats.RequestRestartPermission(2, window, TimeSpan.FromSeconds(20).Ticks, Frequency));
    }

    [Fact]
    public void RequestRestartPermission_UnlimitedWithWindow_OneRestartPerWindow()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(10);

        Assert.True(stats.RequestRestartPermission(-1, window, 0, Frequency));
        Assert.False(stats.RequestRestartPermission(-1, window, TimeSpan.FromSeconds(1).Ticks, Frequency));
    }
}
