using ChatSwarm.Monitoring.Tests.Support;

namespace ChatSwarm.Monitoring.Tests.Otlp;

/// <summary>OTLP/HTTP pushes of a running swarm, received and decoded by a local receiver.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task OtlpEndpoint_RunningSwarm_PushesCountersGaugesAndHistogramsDecodedByTheReceiver()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var options = new MonitoringOptions { OtlpEndpoint = receiver.BaseAddress, OtlpExportInterval = TimeSpan.FromMilliseconds(500), Worker = "w1" };
        List<OtlpMetric> last;
        await using (var run = await MonitoredRun.StartAsync(options, TimeSpan.FromSeconds(3)))
        {
            Assert.Equal(new Uri(receiver.BaseAddress, "v1/metrics"), run.Monitor.OtlpUrl);

            // Pushed while the run goes, not only at the end.
            await receiver.WaitForAsync(r => r.Any(m => m.Any(x => x.Name == "chatswarm.requests" && x.Points.Count > 0)), "a push with request counters");
            Assert.False(run.Run.IsCompleted, "the first push should arrive while the run goes");
            await run.Run.WaitAsync(TimeSpan.FromSeconds(60));
        }

        // Disposing the monitor flushed a final push.
        last = receiver.Requests[^1];
        Assert.All(receiver.ContentTypes, t => Assert.Equal("application/x-protobuf", t));
        Assert.All(last, m => Assert.Equal("ChatSwarm", m.Scope));

        var requests = Assert.Single(last, m => m.Name == "chatswarm.requests");
        Assert.Equal("sum", requests.Kind);
        Assert.Equal("{request}", requests.Unit);
        var polls = Assert.Single(requests.Points, p => p.Attributes["step"] == "get_new_chat_events");
        Assert.True(polls.Value > 0);
        Assert.Equal("w1", polls.Attributes["worker"]);

        var active = Assert.Single(last, m => m.Name == "chatswarm.sessions.active");
        Assert.Equal("gauge", active.Kind);
        var sessions = Assert.Single(last, m => m.Name == "chatswarm.sessions");
        Assert.True(Assert.Single(sessions.Points, p => p.Attributes["state"] == "started").Value > 0);
        Assert.Single(sessions.Points, p => p.Attributes["state"] == "ended_by_run");
        Assert.Single(sessions.Points, p => p.Attributes["state"] == "lost");

        var duration = Assert.Single(last, m => m.Name == "chatswarm.request.duration");
        Assert.Equal("histogram", duration.Kind);
        Assert.Equal("s", duration.Unit);
        var pollLatency = Assert.Single(duration.Points, p => p.Attributes["step"] == "get_new_chat_events");

        // Every call the counter saw is in the histogram, spread over the documented bucket bounds.
        Assert.Equal((ulong)polls.Value!.Value, pollLatency.Count);
        Assert.Equal(pollLatency.Count, pollLatency.BucketCounts.Aggregate(0UL, (a, b) => a + b));
        Assert.Equal(ChatSwarm.Monitoring.Prometheus.MetricCatalog.BucketBounds, pollLatency.Bounds);
        Assert.InRange(pollLatency.Sum!.Value / pollLatency.Count, 0.001, 5);
    }
}
