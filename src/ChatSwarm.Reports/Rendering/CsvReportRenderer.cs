using System.Text;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>
/// Writes report.csv: a step table with every statistic, a blank line, then an errors table; a run spread over several
/// workers adds a blank line and a workers table.
/// </summary>
internal sealed class CsvReportRenderer : IReportRenderer
{
    public const string StepHeader = "step,ok,fail,rps,min_ms,mean_ms,max_ms,stddev_ms,p50_ms,p75_ms,p95_ms,p99_ms,p999_ms,bytes_in,bytes_out";
    public const string ErrorHeader = "error_step,code,name,message,count";
    public const string WorkerHeader = "worker,index,sessions,requests,errors,cpu_s,peak_rss_bytes,joined_at,left_at,left_reason";

    public string FileName => "report.csv";

    public string Render(RunReport report, ReportWriterOptions options)
    {
        var sb = new StringBuilder();
        sb.Append(StepHeader).Append('\n');
        foreach (var s in report.Steps)
        {
            var l = s.LatencyMs;
            sb.Append(Cell(s.Name)).Append(',')
                .Append(s.Ok).Append(',').Append(s.Fail).Append(',').Append(Format.Raw(s.Rps)).Append(',')
                .Append(Format.Raw(l.Min)).Append(',').Append(Format.Raw(l.Mean)).Append(',').Append(Format.Raw(l.Max)).Append(',')
                .Append(Format.Raw(l.StdDev)).Append(',').Append(Format.Raw(l.P50)).Append(',').Append(Format.Raw(l.P75)).Append(',')
                .Append(Format.Raw(l.P95)).Append(',').Append(Format.Raw(l.P99)).Append(',').Append(Format.Raw(l.P999)).Append(',')
                .Append(s.BytesIn).Append(',').Append(s.BytesOut).Append('\n');
        }

        sb.Append('\n').Append(ErrorHeader).Append('\n');
        foreach (var e in report.Errors)
        {
            sb.Append(Cell(e.Step)).Append(',').Append(e.Code).Append(',').Append(Cell(e.Name)).Append(',')
                .Append(Cell(e.Message)).Append(',').Append(e.Count).Append('\n');
        }

        if (report.Workers.Count > 0)
        {
            // CPU and memory a shard did not record stay empty cells rather than zeros.
            sb.Append('\n').Append(WorkerHeader).Append('\n');
            foreach (var w in report.Workers)
            {
                sb.Append(Cell(w.Name)).Append(',').Append(w.Index).Append(',').Append(w.Sessions).Append(',').Append(w.Requests).Append(',')
                    .Append(w.Errors).Append(',').Append(w.CpuSeconds > 0 ? Format.Raw(w.CpuSeconds) : "").Append(',')
                    .Append(w.PeakRssBytes > 0 ? w.PeakRssBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").Append(',')
                    .Append(Moment(w.JoinedAt)).Append(',').Append(Moment(w.LeftAt)).Append(',').Append(Cell(w.LeftReason ?? "")).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Moment(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) : "";

    // RFC 4180 quoting; a leading formula character is prefixed so spreadsheets do not evaluate server text.
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
