using ChatSwarm.Cli.Progress;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Tests.Progress;

public sealed class ProgressTextTests
{
    [Fact]
    public void Plain_ClosedPhase_ShowsPhaseSessionsRateP95ErrorsAndRestarts()
    {
        var metrics = new MetricsSnapshot
        {
            ActiveSessions = 48,
            RequestsPerSecond = 123.45,
            RecentP95Ms = 87.6,
            ErrorsByCode = new Dictionary<int, long> { [5001] = 3, [5000] = 7 },
            Sessions = new SessionCounts(50, 50, 48, 2, 0, 4, 2),
        };
        var progress = new SwarmProgress(TimeSpan.FromSeconds(12.4), TimeSpan.FromSeconds(60), 1, "constant 50 sessions for 45s", 50, null, 48, false, metrics);

        var line = ProgressText.Plain(progress);

        Assert.Equal("[12s/1m] phase 2: constant 50 sessions for 45s | sessions 48/50 | 123.5 req/s | p95 88 ms | errors 5000×7, 5001×3 | restarts 4", line);
    }

    [Fact]
    public void Sessions_OpenPhase_ShowsTheArrivalRate()
    {
        var progress = new SwarmProgress(TimeSpan.Zero, TimeSpan.FromMinutes(1), 0, "arrival", null, 2.5, 3, false, new MetricsSnapshot { ActiveSessions = 3 });

        Assert.Equal("3 (+2.5/s)", ProgressText.Sessions(progress));
    }
}
