using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

/// <summary>Renders the fixed report once per test class.</summary>
public sealed class RenderFixture
{
    public RunReport Report { get; } = SampleReports.Fixed();

    public string Render(IReportRenderer renderer) => renderer.Render(Report, ReportWriterOptions.Default);
}
