using ChatSwarm.Configuration.Timing;
using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Run;

/// <summary>Validates the live-export options; every error is one line naming the option and what is expected.</summary>
internal static class MonitorArgumentParser
{
    /// <summary>The standard OpenTelemetry variable used when --otlp is not given.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static bool TryParse(MonitorArguments args, Func<string, string?> environment, out MonitorRequest? request, out string? error)
    {
        request = null;
        ListenAddress? metrics = null;
        if (args.MetricsListen is { } metricsText && !ListenAddress.TryParse(metricsText, out metrics, out var metricsError))
        {
            error = "--metrics-listen: " + metricsError;
            return false;
        }

        ListenAddress? web = null;
        if (args.Web is { } webText && !ListenAddress.TryParse(webText, out web, out var webError))
        {
            error = "--web: " + webError;
            return false;
        }

        if (metrics is not null && web is not null && metrics.Port != 0 && metrics == web)
        {
            error = $"--metrics-listen and --web: both ask for {web}; the dashboard serves /metrics too, so drop --metrics-listen or pick another port";
            return false;
        }

        var (otlpText, source) = args.Otlp is { } flag ? (flag, "--otlp") : (environment(OtlpEndpointVariable), OtlpEndpointVariable);
        Uri? otlp = null;
        if (!string.IsNullOrWhiteSpace(otlpText)
            && (!Uri.TryCreate(otlpText, UriKind.Absolute, out otlp) || (otlp.Scheme != Uri.UriSchemeHttp && otlp.Scheme != Uri.UriSchemeHttps)))
        {
            error = $"{source}: expected an absolute http:// or https:// OTLP/HTTP endpoint such as http://127.0.0.1:4318, got '{otlpText}'";
            return false;
        }

        var linger = TimeSpan.Zero;
        if (args.WebLinger is { } lingerText)
        {
            if (!DurationParser.TryParse(lingerText, out linger, out var lingerError) || linger < TimeSpan.Zero)
            {
                error = $"--web-linger: expected {DurationParser.ExpectedForm}, got '{lingerText}'" + (lingerError is null ? "" : $" ({lingerError})");
                return false;
            }

            if (web is null && metrics is null)
            {
                error = "--web-linger: only means something with --web or --metrics-listen";
                return false;
            }
        }

        error = null;
        request = new MonitorRequest(new MonitoringOptions { MetricsListen = metrics, WebListen = web, OtlpEndpoint = otlp }, linger);
        return true;
    }
}
