using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Monitoring.Tests.Prometheus;

/// <summary>The exact text /metrics serves for known measurements.</summary>
public sealed class PrometheusTextTests
{
    [Fact]
    public async Task PrometheusText_KnownCalls_CountersAndCumulativeHistogramBuckets()
    {
        var metrics = new SwarmMetrics(TimeProvider.System);
        foreach (var ms in new[] { 3.0, 7, 30, 300 })
        {
            metrics.RecordCall(OperationResult<Unit>.Success(ApiMethod.RequestChat, Unit.Value).WithMeasurements(200, TimeSpan.FromMilliseconds(ms), 10, 10));
        }

        metrics.RecordCall(OperationResult<Unit>.Failure(ApiMethod.SendEvents, ApiError.From(ApiErrorCode.NoChatServerAvailable)).WithMeasurements(503, TimeSpan.FromMilliseconds(1), 10, 10));
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions { Thresholds = [Threshold.Parse("zero(5509)"), Threshold.Parse("error_rate < 1%")] }, CancellationToken.None);

        monitor.OnProgress(Progress(metrics.Snapshot(), target: 7));
        var lines = monitor.PrometheusText().Split('\n');

        Assert.Contains("chatswarm_requests_total{step=\"request_chat\"} 4", lines);
        Assert.Contains("chatswarm_requests_total{step=\"send_events\"} 1", lines);
        Assert.Contains("chatswarm_request_errors_total{step=\"send_events\",code=\"5001\"} 1", lines);
        Assert.Contains("chatswarm_sessions_target 7", lines);
        Assert.Contains("# TYPE chatswarm_request_duration_seconds histogram", lines);
        string Bucket(string le) => $"chatswarm_request_duration_seconds_bucket{{step=\"request_chat\",le=\"{le}\"}}";
        Assert.Contains(Bucket("0.0025") + " 0", lines);
        Assert.Contains(Bucket("0.005") + " 1", lines);
        Assert.Contains(Bucket("0.01") + " 2", lines);
        Assert.Contains(Bucket("0.025") + " 2", lines);
        Assert.Contains(Bucket("0.05") + " 3", lines);
        Assert.Contains(Bucket("0.25") + " 3", lines);
        Assert.Contains(Bucket("0.5") + " 4", lines);
        Assert.Contains(Bucket("+Inf") + " 4", lines);
        Assert.Contains("chatswarm_request_duration_seconds_count{step=\"request_chat\"} 4", lines);
        Assert.Contains("chatswarm_request_duration_seconds_sum{step=\"request_chat\"} 0.34", lines);
        Assert.Contains("chatswarm_threshold_held{threshold=\"zero(5509)\"} 1", lines);
        Assert.Contains("chatswarm_threshold_held{threshold=\"error_rate < 1%\"} 0", lines);
        Assert.Contains("chatswarm_run_phase 1", lines);
    }

    [Fact]
    public async Task PrometheusText_EveryCatalogMetric_HasHelpAndType()
    {
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions(), CancellationToken.None);
        monitor.OnProgress(Progress(new SwarmMetrics(TimeProvider.System).Snapshot(), target: null));

        var text = monitor.PrometheusText();

        foreach (var info in ChatSwarm.Monitoring.Prometheus.MetricCatalog.All)
        {
            Assert.Contains($"# HELP {info.Name} ", text, StringComparison.Ordinal);
            Assert.Contains($"# TYPE {info.Name} ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PrometheusText_QuotesBackslashesAndNewlinesInLabels_EscapedAndWorkerOnEverySample()
    {
        var metrics = new SwarmMetrics(TimeProvider.System);
        metrics.RecordBot("say \"hi\"\\now\nplease", BotCounter.ConversationStarted, 2);
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions { Worker = "w-1" }, CancellationToken.None);

        monitor.OnProgress(Progress(metrics.Snapshot(), target: 3));
        var lines = monitor.PrometheusText().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("chatswarm_bot_events_total{script=\"say \\\"hi\\\"\\\\now\\nplease\",result=\"conversation_started\",worker=\"w-1\"} 2", lines);
        Assert.Contains("chatswarm_sessions_active{worker=\"w-1\"} 0", lines);
        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.Contains("worker=\"w-1\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrometheusText_SessionsEndedByTheRunOrLost_ExportedAsStates()
    {
        var metrics = new SwarmMetrics(TimeProvider.System);
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionEndedByRun();
        metrics.SessionEndedByRun();
        metrics.SessionLost();
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions(), CancellationToken.None);

        monitor.OnProgress(Progress(metrics.Snapshot(), target: 3));
        var lines = monitor.PrometheusText().Split('\n');

        Assert.Contains("chatswarm_sessions_total{state=\"started\"} 3", lines);
        Assert.Contains("chatswarm_sessions_total{state=\"ended_by_run\"} 2", lines);
        Assert.Contains("chatswarm_sessions_total{state=\"lost\"} 1", lines);
    }

    [Fact]
    public async Task PrometheusText_BeforeTheFirstProgress_Empty()
    {
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions(), CancellationToken.None);

        Assert.Equal("", monitor.PrometheusText());
    }

    private static SwarmProgress Progress(MetricsSnapshot snapshot, int? target) =>
        new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), 0, "hold", target, null, 0, false, snapshot);
}
