using ChatSwarm.Client;
using ChatSwarm.Monitoring.Dashboard;
using ChatSwarm.Monitoring.Live;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;
using Microsoft.Extensions.Time.Testing;

namespace ChatSwarm.Monitoring.Tests.Dashboard;

public sealed class DashboardFramesTests
{
    [Fact]
    public void From_SlowStartThenFast_PercentilesCoverTheLastTenSecondsAndCountsTheWholeRun()
    {
        var clock = new FakeTimeProvider();
        var metrics = new SwarmMetrics(clock);
        for (int second = 1; second <= 30; second++)
        {
            // A slow first ten seconds: since-the-start percentiles would still show them at the end.
            var ms = second <= 10 ? 3000 : 20;
            metrics.RecordCall(OperationResult<Unit>.Success(ApiMethod.SendEvents, Unit.Value).WithMeasurements(200, TimeSpan.FromMilliseconds(ms), 10, 10));
            metrics.RecordReplyRoundTrip(TimeSpan.FromMilliseconds(second <= 10 ? 9000 : 400));
            clock.Advance(TimeSpan.FromSeconds(1));
            metrics.Tick();
        }

        var frame = DashboardFrames.From(Frame(metrics.Snapshot()), "p");

        var step = Assert.Single(frame.Steps);
        Assert.Equal(30, step.Count);
        Assert.Equal(10, step.Recent);
        Assert.Equal(20, step.P99, 0.5);
        var reply = Assert.Single(frame.Chat, c => c.Name == StepNames.ReplyRtt);
        Assert.Equal(30, reply.Count);
        Assert.Equal(400, reply.P95, 4.0);
        Assert.Equal(0, Assert.Single(frame.Chat, c => c.Name == StepNames.QueueWait).Recent);
    }

    [Fact]
    public void From_BeforeTheFirstTick_NoWindowYet()
    {
        var metrics = new SwarmMetrics(new FakeTimeProvider());
        metrics.RecordCall(OperationResult<Unit>.Success(ApiMethod.RequestChat, Unit.Value).WithMeasurements(200, TimeSpan.FromMilliseconds(5), 10, 10));

        var frame = DashboardFrames.From(Frame(metrics.Snapshot()), "p");

        var step = Assert.Single(frame.Steps);
        Assert.Equal(1, step.Count);
        Assert.Equal(0, step.Recent);
        Assert.Equal(0, step.P95);
    }

    private static LiveFrame Frame(MetricsSnapshot snapshot) =>
        new(new SwarmProgress(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), 0, "hold", 10, null, 10, false, snapshot), [], false, null);
}
