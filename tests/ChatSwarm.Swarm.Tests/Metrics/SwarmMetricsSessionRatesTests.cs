using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class SwarmMetricsSessionRatesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Tick_SessionsStartEndAndRestart_CountsEachIntervalsChanges()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionRestarted();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var first = metrics.Tick();
        metrics.SessionCompleted();
        metrics.SessionStopped();
        metrics.SessionStopped();
        _clock.Advance(TimeSpan.FromSeconds(1));

        var second = metrics.Tick();

        Assert.Equal((3L, 0L, 1L), (first.SessionStarts, first.SessionEnds, first.Restarts));
        Assert.Equal((0L, 2L, 0L), (second.SessionStarts, second.SessionEnds, second.Restarts));
    }
}
