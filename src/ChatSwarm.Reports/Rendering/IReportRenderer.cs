using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Renders a run report into one file format.</summary>
public interface IReportRenderer
{
    /// <summary>File name the rendering is written to, e.g. "report.html".</summary>
    string FileName { get; }

    /// <summary>Renders the report; <paramref name="options"/> must be validated.</summary>
    string Render(RunReport report, ReportWriterOptions options);
}
