using System.Text;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Writes report.csv: a step table with every statistic, a blank line, then an errors table.</summary>
internal sealed class CsvReportRenderer : IReportRenderer
{
    public const string StepHeader = "step,ok,fail,rps,min_ms,mean_ms,max_ms,stddev_ms,p50_ms,p75_ms,p95_ms,p99_ms,p999_ms,bytes_in,bytes_out";
    public const string ErrorHeader = "error_step,code,name,message,count";

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

        return sb.ToString();
    }

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
