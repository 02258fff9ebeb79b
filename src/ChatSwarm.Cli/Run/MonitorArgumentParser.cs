using System.CommandLine;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// Checks the live-export options together (each was parsed by its option) and takes the OTLP endpoint from the
/// environment when --otlp is not given; every error is one line naming the option or variable and what is expected.
/// </summary>
internal static class MonitorArgumentParser
{
    /// <summary>The standard OpenTelemetry variable used when --otlp is not given.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>What an OTLP endpoint looks like, for errors.</summary>
    public const string OtlpExpected = "an absolute http:// or https:// OTLP/HTTP endpoint such as http://127.0.0.1:4318";

    /// <summary>A HOST:PORT listen option (--metrics-listen, --web).</summary>
    public static Option<ListenAddress?> ListenOption(string name, string description) =>
        TypedOption.Create<ListenAddress?>(name, description, text => ValueParser.FromTry<ListenAddress>(text, ListenAddress.TryParse));

    public static bool TryParse(MonitorArguments args, Func<string, string?> environment, out MonitorRequest? request, out string? error)
    {
        request = null;
        var (metrics, web) = (args.MetricsListen, args.Web);
        if (metrics is not null && web is not null && metrics.Port != 0 && metrics == web)
        {
            error = $"--metrics-listen and --web: both ask for {web}; the dashboard serves /metrics too, so drop --metrics-listen or pick another port";
            return false;
        }

        var otlp = args.Otlp;
        if (otlp is null && environment(OtlpEndpointVariable) is { } otlpText && !string.IsNullOrWhiteSpace(otlpText))
        {
            try
            {
                otlp = ValueParser.HttpUrl(otlpText, OtlpExpected);
            }
            catch (FormatException ex)
            {
                error = $"{OtlpEndpointVariable}: {ex.Message}";
                return false;
            }
        }

        if (args.WebLinger is not null && web is null && metrics is null)
        {
            error = "--web-linger: only means something with --web or --metrics-listen";
            return false;
        }

        error = null;
        request = new MonitorRequest(new MonitoringOptions { MetricsListen = metrics, WebListen = web, OtlpEndpoint = otlp }, args.WebLinger ?? TimeSpan.Zero);
        return true;
    }
}
