using System.Globalization;
using static ChatSwarm.Monitoring.Tests.Otlp.ProtoReader;

namespace ChatSwarm.Monitoring.Tests.Otlp;

/// <summary>
/// Decodes an OTLP ExportMetricsServiceRequest (opentelemetry/proto/metrics/v1): resource_metrics(1) → scope_metrics(2) →
/// scope(1).name, metrics(2) → name(1), unit(3), gauge(5) / sum(7) / histogram(9) → data_points(1).
/// </summary>
internal static class OtlpDecoder
{
    public static List<OtlpMetric> Decode(byte[] request)
    {
        var metrics = new List<OtlpMetric>();
        foreach (var resourceMetrics in Read(request).Where(f => f.Number == 1))
        {
            foreach (var scopeMetrics in Read(resourceMetrics.Bytes).Where(f => f.Number == 2))
            {
                var fields = Read(scopeMetrics.Bytes);
                var scope = fields.Where(f => f.Number == 1).Select(f => Read(f.Bytes).FirstOrDefault(x => x.Number == 1).Text).FirstOrDefault() ?? "";
                foreach (var metric in fields.Where(f => f.Number == 2))
                {
                    metrics.Add(Metric(scope, metric.Bytes));
                }
            }
        }

        return metrics;
    }

    private static OtlpMetric Metric(string scope, ReadOnlyMemory<byte> bytes)
    {
        string name = "", unit = "", kind = "";
        var points = new List<OtlpPoint>();
        foreach (var f in Read(bytes))
        {
            switch (f.Number)
            {
                case 1: name = f.Text; break;
                case 3: unit = f.Text; break;
                case 5 or 7 or 9:
                    kind = f.Number switch { 5 => "gauge", 7 => "sum", _ => "histogram" };
                    foreach (var point in Read(f.Bytes).Where(p => p.Number == 1))
                    {
                        points.Add(f.Number == 9 ? HistogramPoint(point.Bytes) : NumberPoint(point.Bytes));
                    }

                    break;
            }
        }

        return new OtlpMetric(scope, name, unit, kind, points);
    }

    private static OtlpPoint NumberPoint(ReadOnlyMemory<byte> bytes)
    {
        var attributes = new Dictionary<string, string>();
        double? value = null;
        foreach (var f in Read(bytes))
        {
            switch (f.Number)
            {
                case 4: value = f.Double; break;
                case 6: value = (long)f.Value; break;
                case 7: Attribute(f.Bytes, attributes); break;
            }
        }

        return new OtlpPoint(attributes, value, 0, null, [], []);
    }

    private static OtlpPoint HistogramPoint(ReadOnlyMemory<byte> bytes)
    {
        var attributes = new Dictionary<string, string>();
        ulong count = 0;
        double? sum = null;
        var buckets = new List<ulong>();
        var bounds = new List<double>();
        foreach (var f in Read(bytes))
        {
            switch (f.Number)
            {
                case 4: count = f.Value; break;
                case 5: sum = f.Double; break;
                case 6: buckets.AddRange(Fixed64s(f)); break;
                case 7: bounds.AddRange(Fixed64s(f).Select(v => BitConverter.Int64BitsToDouble((long)v))); break;
                case 9: Attribute(f.Bytes, attributes); break;
            }
        }

        return new OtlpPoint(attributes, null, count, sum, buckets, bounds);
    }

    private static void Attribute(ReadOnlyMemory<byte> keyValue, Dictionary<string, string> into)
    {
        string key = "", value = "";
        foreach (var f in Read(keyValue))
        {
            if (f.Number == 1)
            {
                key = f.Text;
            }
            else if (f.Number == 2)
            {
                foreach (var any in Read(f.Bytes))
                {
                    value = any.Number switch
                    {
                        1 => any.Text,
                        2 => (any.Value != 0).ToString(),
                        3 => ((long)any.Value).ToString(CultureInfo.InvariantCulture),
                        4 => any.Double.ToString("R", CultureInfo.InvariantCulture),
                        _ => value,
                    };
                }
            }
        }

        into[key] = value;
    }
}
