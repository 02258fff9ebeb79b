using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Writes report.json.</summary>
internal sealed class JsonReportRenderer : IReportRenderer
{
    public string FileName => "report.json";

    public string Render(RunReport report, ReportWriterOptions options) => ReportJson.Serialize(report);
}
