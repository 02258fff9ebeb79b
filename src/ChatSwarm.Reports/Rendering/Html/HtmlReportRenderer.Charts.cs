using System.Globalization;
using System.Text;
using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>The chart section of report.html.</summary>
internal sealed partial class HtmlReportRenderer
{
    private static readonly string[] Palette = ["#dc2626", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#475569"];

    private static void Charts(StringBuilder sb, ReportFacts f)
    {
        var timeline = ChartTimeline.From(f.Report.Timeline, f.Options.MaxChartPoints);
        SectionOpen(sb, "charts", "Over time");
        if (f.Report.Timeline.Count > timeline.Count)
        {
            sb.Append("<p class=\"muted\">").Append(Format.Count(f.Report.Timeline.Count)).Append(" samples drawn as ").Append(Format.Count(timeline.Count))
                .Append(" points; report.json holds every sample.</p>");
        }

        sb.Append("<div class=\"charts\">");
        List<ChartSeries> active = [new("active sessions", "#2563eb", timeline.Active, Fill: true)];
        if (timeline.HasPlanned)
        {
            active.Add(new("planned", "#475569", timeline.Planned, Dashed: true));
        }

        SvgChart.Line(sb, "chart-active-sessions", timeline.HasPlanned ? "Active vs planned sessions" : "Active sessions", "sessions", timeline.T, active);
        List<ChartSeries> sessionRates = [new("starts", "#2563eb", timeline.StartsPs), new("ends", "#16a34a", timeline.EndsPs), new("restarts", "#dc2626", timeline.RestartsPs)];
        if (timeline.HasPlannedRate)
        {
            sessionRates.Add(new("planned arrivals", "#475569", timeline.PlannedRate, Dashed: true));
        }

        SvgChart.Line(sb, "chart-session-rates", "Session starts, ends and restarts per second", "sessions/s", timeline.T, sessionRates);
        SvgChart.Line(sb, "chart-rps", "Requests per second", "req/s", timeline.T,
            [new("ok", "#16a34a", timeline.OkRps, Fill: true), new("failed", "#dc2626", timeline.FailedRps)]);
        SvgChart.Line(sb, "chart-latency", "Latency percentiles", "ms", timeline.T,
            [new("p50", "#2563eb", timeline.P50), new("p95", "#d97706", timeline.P95), new("p99", "#dc2626", timeline.P99)]);

        var errorSeries = new List<ChartSeries>();
        for (int i = 0; i < timeline.ErrorRates.Count; i++)
        {
            var (code, rates) = timeline.ErrorRates[i];
            if (i == Palette.Length - 1 && timeline.ErrorRates.Count > Palette.Length)
            {
                // Beyond the palette, the rarest codes share one "other" line so the legend stays readable.
                var other = new double[timeline.Count];
                foreach (var (_, more) in timeline.ErrorRates.Skip(i))
                {
                    for (int k = 0; k < other.Length; k++)
                    {
                        other[k] += more[k];
                    }
                }

                errorSeries.Add(new("other codes", Palette[i], other));
                break;
            }

            errorSeries.Add(new(code.ToString(CultureInfo.InvariantCulture) + " " + ErrorName(f, code), Palette[i], rates));
        }

        SvgChart.Line(sb, "chart-errors", "Errors per second by code", "errors/s", timeline.T, errorSeries);
        Distribution(sb, f.AllLatency);
        IntervalCharts(sb, "chart-chat-", "over time", timeline.T, timeline.Chat);
        IntervalCharts(sb, "chart-step-", "latency over time", timeline.T, timeline.Steps);
        sb.Append("</div>");
        SectionClose(sb);
    }

    // One chart per step or chat measure: their latencies differ by orders of magnitude, so a shared axis would flatten most.
    private static void IntervalCharts(StringBuilder sb, string idPrefix, string what, double[] t, List<IntervalSeries> all)
    {
        foreach (var s in all)
        {
            string title = s.Name switch
            {
                "queue_wait" => "Queue wait",
                "first_agent_message" => "First agent message",
                "reply_rtt" => "Reply round trip",
                "poll_hold" => "Long-poll hold",
                _ => s.Name,
            };
            SvgChart.Line(sb, idPrefix + ChartId(s.Name), title + " " + what, "ms", t,
                [new("p50", "#2563eb", s.P50), new("p95", "#d97706", s.P95), new("p99", "#dc2626", s.P99)]);
        }
    }

    private static string ChartId(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' ? char.ToLowerInvariant(c) : '-'));

    private static string ErrorName(ReportFacts f, int code)
    {
        string name = f.Report.Errors.FirstOrDefault(e => e.Code == code)?.Name ?? "";
        return name.Length > 40 ? name[..39] + "…" : name;
    }

    // Log-spaced bins between the smallest and largest latency keep both the fast bulk and the tail visible.
    private static void Distribution(StringBuilder sb, HistogramSnapshot all)
    {
        const int bins = 30;
        var labels = new List<string>();
        var values = new List<double>();
        if (all.Count > 0)
        {
            double lo = Math.Max(1, all.MinMicroseconds);
            double hi = Math.Max(lo * 1.0001, all.MaxMicroseconds + 1);
            double ratio = Math.Pow(hi / lo, 1.0 / bins);
            var counts = new double[bins];
            foreach (var (lower, upper, count) in all.Buckets())
            {
                double v = Math.Clamp((lower + upper - 1) / 2.0, lo, hi);
                int bin = Math.Clamp((int)(Math.Log(v / lo) / Math.Log(ratio)), 0, bins - 1);
                counts[bin] += count;
            }

            for (int i = 0; i < bins; i++)
            {
                labels.Add(Format.Ms(lo * Math.Pow(ratio, i) / 1000));
                values.Add(counts[i]);
            }
        }

        SvgChart.Bars(sb, "chart-distribution", "Latency distribution", labels, values, "#2563eb", "requests by latency in ms, log scale");
    }
}
