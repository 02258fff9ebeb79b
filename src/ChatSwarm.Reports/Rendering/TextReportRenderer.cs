using System.Text;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Writes report.txt: the report as aligned plain-text tables.</summary>
internal sealed class TextReportRenderer : IReportRenderer
{
    public string FileName => "report.txt";

    public string Render(RunReport report, ReportWriterOptions options)
    {
        var facts = new ReportFacts(report, options);
        var sb = new StringBuilder();
        sb.Append("ChatSwarm report: ").Append(report.Run.Profile).Append(" (run ").Append(report.Run.Id).Append(")\n");
        foreach (var (title, table) in ReportTables.Build(facts))
        {
            sb.Append('\n').Append(title).Append('\n');
            if (table.Count == 0)
            {
                sb.Append("(none)\n");
                continue;
            }

            table.WriteText(sb);
        }

        return sb.ToString();
    }
}
