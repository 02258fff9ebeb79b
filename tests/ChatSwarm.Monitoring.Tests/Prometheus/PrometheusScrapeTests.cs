using System.Globalization;
using ChatSwarm.Monitoring.Prometheus;
using ChatSwarm.Monitoring.Tests.Support;

namespace ChatSwarm.Monitoring.Tests.Prometheus;

/// <summary>A real Prometheus server scrapes /metrics of a running swarm; its HTTP API sees the counters and a histogram quantile.</summary>
public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task Scrape_RunningSwarm_PrometheusSeesRequestCountersAndLatencyQuantile()
    {
        await using var run = await MonitoredRun.StartAsync(new MonitoringOptions { MetricsListen = new ListenAddress("127.0.0.1", 0) }, TimeSpan.FromSeconds(6));
        await using var prometheus = await PrometheusServer.StartAsync(run.Monitor.MetricsUrl!);

        // While the run goes: Prometheus has scraped a growing poll counter.
        var during = await Eventually.ValueAsync(
            () => prometheus.QueryAsync("sum(chatswarm_requests_total{step=\"get_new_chat_events\"})"),
            v => v > 0,
            TimeSpan.FromSeconds(30),
            "scraped poll counter (" + await prometheus.TargetHealthAsync() + ")");
        Assert.False(run.Run.IsCompleted, "the first scrape should land while the run goes");

        var result = await run.Run.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.Report.Sessions.Started > 0);

        // After the last progress, /metrics is steady; Prometheus catches up to exactly what it serves.
        var text = run.Monitor.PrometheusText();
        var served = SampleValue(text, "chatswarm_requests_total{step=\"get_new_chat_events\"}");
        var scraped = await Eventually.ValueAsync(
            () => prometheus.QueryAsync("chatswarm_requests_total{step=\"get_new_chat_events\"}"),
            v => v == served,
            TimeSpan.FromSeconds(20),
            $"scraped poll counter equal to the served {served}");
        Assert.True(scraped > during || scraped == during);

        var sendEvents = await prometheus.QueryAsync("chatswarm_requests_total{step=\"send_events\"}");
        Assert.Equal(SampleValue(text, "chatswarm_requests_total{step=\"send_events\"}"), sendEvents);

        // The classic histogram gives Prometheus a p95 inside the bucket that holds the run's own p95.
        var quantile = await prometheus.QueryAsync("histogram_quantile(0.95, sum by (le) (chatswarm_request_duration_seconds_bucket{step=\"send_events\"}))");
        Assert.NotNull(quantile);
        var p95 = SampleBucketOf(text, 0.95);
        Assert.InRange(quantile!.Value, p95.Lower, p95.Upper);
    }

    private static double SampleValue(string text, string series)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
            {
                return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{series} is not in /metrics:\n{text}");
    }

    /// <summary>The bucket bounds that hold the q-quantile of send_events, computed from the served buckets.</summary>
    private static (double Lower, double Upper) SampleBucketOf(string text, double q)
    {
        var count = SampleValue(text, "chatswarm_request_duration_seconds_count{step=\"send_events\"}");
        var rank = q * count;
        double lower = 0;
        foreach (var bound in MetricCatalog.BucketBounds)
        {
            var le = bound.ToString("R", CultureInfo.InvariantCulture);
            var cumulative = SampleValue(text, $"chatswarm_request_duration_seconds_bucket{{step=\"send_events\",le=\"{le}\"}}");
            if (cumulative >= rank)
            {
                return (lower, bound);
            }

            lower = bound;
        }

        return (lower, double.PositiveInfinity);
    }
}
