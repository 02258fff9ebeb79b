using System.Text;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>The workers section of report.html, present only for a run spread over several processes.</summary>
internal sealed partial class HtmlReportRenderer
{
    /// <summary>The section id of the workers table (absent from one-process reports, so not in <see cref="SectionIds"/>).</summary>
    internal const string WorkersSectionId = "workers";

    private static void Workers(StringBuilder sb, RunReport r)
    {
        if (r.Workers.Count == 0)
        {
            return;
        }

        SectionOpen(sb, WorkersSectionId, "Workers");
        Head(sb, "sortable", "~Worker", "Sessions", "Requests", "Errors", "Error rate", "CPU", "Peak RSS", "~Joined", "~Left");
        foreach (var w in r.Workers)
        {
            double rate = w.Requests == 0 ? 0 : (double)w.Errors / w.Requests;
            sb.Append("<tr>");
            Text(sb, w.Name);
            Num(sb, w.Sessions, Format.Count(w.Sessions));
            Num(sb, w.Requests, Format.Count(w.Requests));
            Num(sb, w.Errors, Format.Count(w.Errors));
            Num(sb, rate, Format.Percent(rate));
            Num(sb, w.CpuSeconds > 0 ? w.CpuSeconds : -1, Format.CpuSeconds(w.CpuSeconds));
            Num(sb, w.PeakRssBytes > 0 ? w.PeakRssBytes : -1, Format.Rss(w.PeakRssBytes));
            Text(sb, Format.Moment(w.JoinedAt));
            if (w.LeftAt is null)
            {
                Text(sb, Format.Left(w));
            }
            else
            {
                sb.Append("<td class=\"text\"><span class=\"pill bad\">").Append(H(Format.Left(w))).Append("</span></td>");
            }

            sb.Append("</tr>");
        }

        TableClose(sb);
        SectionClose(sb);
    }
}
