using ChatSwarm.Configuration.Timing;
using ChatSwarm.Monitoring;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Run;

/// <summary>The live exports of <c>chatswarm run</c>: --metrics-listen, --otlp, --web and --web-linger.</summary>
internal static partial class RunCommandHandler
{
    /// <summary>Starts what <paramref name="request"/> asks for and prints where; null when nothing is exported.</summary>
    /// <exception cref="IOException">An address cannot be listened on; the message names it.</exception>
    private static async Task<RunMonitor?> StartMonitorAsync(MonitorRequest request, LoadProfile profile, CliContext context, Serilog.ILogger log)
    {
        if (!request.Options.Enabled)
        {
            return null;
        }

        var monitor = await RunMonitor.StartAsync(request.Options with { ProfileName = profile.Name, Thresholds = profile.Thresholds }, context.StopNow).ConfigureAwait(false);
        if (monitor.DashboardUrl is { } dashboard)
        {
            context.Out.WriteLine("Dashboard: " + dashboard);
        }

        if (monitor.MetricsUrl is { } metrics)
        {
            context.Out.WriteLine("Prometheus metrics: " + metrics);
        }

        if (monitor.OtlpUrl is { } otlp)
        {
            context.Out.WriteLine("OTLP metrics pushed to " + otlp);
        }

        log.Information("live export: dashboard {Dashboard}, metrics {Metrics}, OTLP {Otlp}", monitor.DashboardUrl, monitor.MetricsUrl, monitor.OtlpUrl);
        return monitor;
    }

    /// <summary>After the report: marks the run finished on the dashboard and keeps the endpoints up for the linger time or until Ctrl+C.</summary>
    private static async Task LingerAsync(RunMonitor? monitor, string reportHtml, TimeSpan linger, CliContext context)
    {
        if (monitor is null)
        {
            return;
        }

        monitor.RunFinished(reportHtml);
        if (linger <= TimeSpan.Zero || context.StopGracefully.IsCancellationRequested || context.StopNow.IsCancellationRequested)
        {
            return;
        }

        context.Out.WriteLine($"Live export stays up for {DurationParser.Format(linger)} (Ctrl+C ends it).");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.StopGracefully, context.StopNow);
        try
        {
            await Task.Delay(linger, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C ends the linger early; the report is already written.
        }
    }
}
