using System.Text;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Writes report.md: the report as Markdown tables.</summary>
internal sealed class MarkdownReportRenderer : IReportRenderer
{
    public string FileName => "report.md";

    public string Render(RunReport report, ReportWriterOptions options)
    {
        var facts = new ReportFacts(report, options);
        var sb = new StringBuilder();
        sb.Append("# ChatSwarm report: ").Append(Inline(report.Run.Profile)).Append("\n\n");
        sb.Append("Run `").Append(report.Run.Id.Replace("`", "'", StringComparison.Ordinal)).Append("`, started ")
            .Append(Format.Timestamp(report.Run.StartedAt)).Append(", duration ").Append(Format.Duration(report.Run.DurationS)).Append(".\n");
        foreach (var (title, table) in ReportTables.Build(facts))
        {
            sb.Append("\n## ").Append(title).Append("\n\n");
            if (table.Count == 0)
            {
                sb.Append("_none_\n");
                continue;
            }

            table.WriteMarkdown(sb);
        }

        return sb.ToString();
    }

    private static string Inline(string value) => value.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace('\n', ' ');
}
