using ChatSwarm.Monitoring.Prometheus;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ChatSwarm.Monitoring.Otlp;

/// <summary>Pushes the <c>ChatSwarm</c> meter over OTLP/HTTP (protobuf) with cumulative temporality.</summary>
internal static class OtlpExport
{
    /// <summary>The full metrics URL for a base endpoint: <c>/v1/metrics</c> appended unless the path already ends with it.</summary>
    public static Uri MetricsUrl(Uri endpoint)
    {
        var text = endpoint.ToString();
        return text.EndsWith("/v1/metrics", StringComparison.Ordinal) ? endpoint : new Uri(text.TrimEnd('/') + "/v1/metrics");
    }

    public static MeterProvider Start(Uri endpoint, TimeSpan interval, string profileName)
    {
        var histogramView = new ExplicitBucketHistogramConfiguration { Boundaries = [.. MetricCatalog.BucketBounds] };
        var builder = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty()
                .AddService("chatswarm")
                .AddAttributes([new("chatswarm.profile", profileName)]))
            .AddMeter(ChatSwarmInstruments.MeterName);
        foreach (var info in MetricCatalog.All.Where(i => i.Kind == MetricKind.Histogram))
        {
            builder.AddView(info.OtelName, histogramView);
        }

        return builder
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = MetricsUrl(endpoint);
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
            })
            .Build();
    }
}
