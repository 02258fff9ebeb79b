using ChatSwarm.Monitoring.Dashboard;
using ChatSwarm.Monitoring.Live;
using ChatSwarm.Monitoring.Otlp;
using ChatSwarm.Monitoring.Prometheus;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;

namespace ChatSwarm.Monitoring;

/// <summary>
/// Watches a run live as an <see cref="ISwarmObserver"/>: keeps the runner's latest once-a-second progress and exports it
/// as Prometheus text at <c>/metrics</c>, as OTLP pushes, and as a live web dashboard. Everything is read from the
/// snapshot the runner already takes each second, so the customers' hot path does no extra work.
/// </summary>
public sealed partial class RunMonitor : ISwarmObserver, IAsyncDisposable
{
    private static readonly Lazy<byte[]> DashboardPage = new(() =>
    {
        using var stream = typeof(RunMonitor).Assembly.GetManifestResourceStream("ChatSwarm.Monitoring.dashboard.html")
            ?? throw new InvalidOperationException("the dashboard page is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private readonly MonitoringOptions _options;
    private readonly FrameFeed? _feed;
    private readonly ChatSwarmInstruments? _instruments;
    private readonly MeterProvider? _meterProvider;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _metricsApp;
    private WebApplication? _webApp;
    private LiveFrame? _frame;
    private RenderedText? _metricsText;
    private bool _disposed;

    private RunMonitor(MonitoringOptions options)
    {
        _options = options;
        _feed = options.WebListen is null ? null : new FrameFeed(options.DashboardHistorySeconds);
        if (options.OtlpEndpoint is { } otlp)
        {
            _instruments = new ChatSwarmInstruments(() => Volatile.Read(ref _frame), options.Worker);
            _meterProvider = OtlpExport.Start(otlp, options.OtlpExportInterval, options.ProfileName);
        }
    }

    /// <summary>The Prometheus endpoint (http://host:port/metrics) once listening, else null.</summary>
    public Uri? MetricsUrl { get; private set; }

    /// <summary>The dashboard's address (http://host:port/) once listening, else null.</summary>
    public Uri? DashboardUrl { get; private set; }

    /// <summary>The OTLP metrics URL pushed to, else null.</summary>
    public Uri? OtlpUrl => _options.OtlpEndpoint is { } otlp ? OtlpExport.MetricsUrl(otlp) : null;

    /// <summary>Starts the endpoints the options ask for.</summary>
    /// <param name="options">What to export; validated first (<see cref="Configuration.Validation.OptionsValidationException"/> listing every problem).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running monitor; dispose it after the run.</returns>
    /// <exception cref="IOException">An address cannot be listened on (in use, not local); the message names it.</exception>
    public static async Task<RunMonitor> StartAsync(MonitoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var monitor = new RunMonitor(options);
        try
        {
            if (options.MetricsListen is { } metrics && options.WebListen is { } both)
            {
                // One host listens on both addresses: each Kestrel host costs CPU every second even when idle (bench/RESULTS.md).
                (monitor._webApp, var urls) = await monitor.StartAppAsync([both, metrics], monitor.MapDashboard, cancellationToken).ConfigureAwait(false);
                monitor.DashboardUrl = urls[0];
                monitor.MetricsUrl = new Uri(urls[1], "metrics");
            }
            else if (options.MetricsListen is { } metricsOnly)
            {
                (monitor._metricsApp, var urls) = await monitor.StartAppAsync([metricsOnly], monitor.MapMetrics, cancellationToken).ConfigureAwait(false);
                monitor.MetricsUrl = new Uri(urls[0], "metrics");
            }
            else if (options.WebListen is { } web)
            {
                (monitor._webApp, var urls) = await monitor.StartAppAsync([web], monitor.MapDashboard, cancellationToken).ConfigureAwait(false);
                monitor.DashboardUrl = urls[0];
            }
        }
        catch
        {
            await monitor.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return monitor;
    }

    /// <inheritdoc />
    public void OnProgress(SwarmProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var thresholds = _options.Thresholds.Count == 0 ? [] : ThresholdEvaluator.Evaluate(_options.Thresholds, progress.Metrics);
        Publish(new LiveFrame(progress, thresholds, false, null));
    }

    /// <inheritdoc />
    public void OnNotice(SwarmNotice notice)
    {
        // Notices go to the console and log; the exports show numbers, and errors arrive through the metrics.
    }

    /// <summary>Marks the run as ended: the dashboard shows it finished and links the HTML report, served at <c>/report</c>.</summary>
    /// <param name="reportHtmlPath">The written report.html, or null when none was written.</param>
    /// <param name="last">The run's final progress, when the caller has one newer than the last tick; may be null.</param>
    public void RunFinished(string? reportHtmlPath, SwarmProgress? last = null)
    {
        var current = Volatile.Read(ref _frame);
        var progress = last ?? current?.Progress;
        if (progress is null)
        {
            return;
        }

        var thresholds = last is null ? current!.Thresholds : _options.Thresholds.Count == 0 ? [] : ThresholdEvaluator.Evaluate(_options.Thresholds, last.Metrics);
        Publish(new LiveFrame(progress, thresholds, true, reportHtmlPath));
    }

    /// <summary>The Prometheus text /metrics serves now (empty before the first progress).</summary>
    /// <returns>The text.</returns>
    public string PrometheusText()
    {
        if (Volatile.Read(ref _frame) is not { } frame)
        {
            return "";
        }

        // Rendered at most once per frame however many scrapers ask (an HA Prometheus pair, a curl while debugging).
        if (Volatile.Read(ref _metricsText) is { } cached && ReferenceEquals(cached.Frame, frame))
        {
            return cached.Text;
        }

        var text = Prometheus.PrometheusText.Write(frame, _options.Worker);
        Volatile.Write(ref _metricsText, new RenderedText(frame, text));
        return text;
    }

    /// <summary>Stops the endpoints and pushes the final OTLP export.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_meterProvider is not null)
        {
            _meterProvider.ForceFlush(5000);
            _meterProvider.Dispose();
        }

        _instruments?.Dispose();
        foreach (var app in new[] { _webApp, _metricsApp })
        {
            if (app is not null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await app.StopAsync(timeout.Token).ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }

        _stopping.Dispose();
    }

    private sealed record RenderedText(LiveFrame Frame, string Text);

    private void Publish(LiveFrame frame)
    {
        lock (_gate)
        {
            // Once finished, a late tick must not hide the report link.
            if (_frame is { Finished: true } && !frame.Finished)
            {
                return;
            }

            Volatile.Write(ref _frame, frame);
            _instruments?.Replay(frame);
            _feed?.Publish(DashboardFrames.Json(DashboardFrames.From(frame, _options.ProfileName)));
        }
    }
}
