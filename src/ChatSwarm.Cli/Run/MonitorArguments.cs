namespace ChatSwarm.Cli.Run;

/// <summary>The raw text of <c>chatswarm run</c>'s live-export options, before validation.</summary>
/// <param name="MetricsListen">--metrics-listen: HOST:PORT for Prometheus /metrics.</param>
/// <param name="Otlp">--otlp: the OTLP/HTTP endpoint (else OTEL_EXPORTER_OTLP_ENDPOINT).</param>
/// <param name="Web">--web: HOST:PORT for the live dashboard.</param>
/// <param name="WebLinger">--web-linger: how long the dashboard and /metrics stay up after the report is written.</param>
internal sealed record MonitorArguments(string? MetricsListen, string? Otlp, string? Web, string? WebLinger)
{
    /// <summary>No live export asked for.</summary>
    public static MonitorArguments None { get; } = new(null, null, null, null);
}
