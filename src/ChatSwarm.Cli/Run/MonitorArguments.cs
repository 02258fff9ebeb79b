using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Run;

/// <summary><c>chatswarm run</c>'s live-export options, each already parsed by its option; null when not given.</summary>
/// <param name="MetricsListen">--metrics-listen: HOST:PORT for Prometheus /metrics.</param>
/// <param name="Otlp">--otlp: the OTLP/HTTP endpoint (else OTEL_EXPORTER_OTLP_ENDPOINT).</param>
/// <param name="Web">--web: HOST:PORT for the live dashboard.</param>
/// <param name="WebLinger">--web-linger: how long the dashboard and /metrics stay up after the report is written.</param>
internal sealed record MonitorArguments(ListenAddress? MetricsListen, Uri? Otlp, ListenAddress? Web, TimeSpan? WebLinger)
{
    /// <summary>No live export asked for.</summary>
    public static MonitorArguments None { get; } = new(null, null, null, null);
}
