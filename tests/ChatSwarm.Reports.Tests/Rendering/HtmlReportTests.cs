using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Rendering.Html;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed partial class HtmlReportTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Fact]
    public void Render_FixedReport_EverySectionAndChartInOrder()
    {
        string html = fixture.Render(ReportRenderers.Html);

        int last = -1;
        foreach (var id in HtmlReportRenderer.SectionIds)
        {
            int at = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
            Assert.True(at > last, $"section {id} missing or out of order");
            last = at;
        }

        foreach (var id in HtmlReportRenderer.ChartIds)
        {
            Assert.Contains($"<figure class=\"chart\" id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(fixture.Report.Steps.Count, StepRows().Matches(html[html.IndexOf("id=\"steps\"", StringComparison.Ordinal)..html.IndexOf("id=\"latency-ranges\"", StringComparison.Ordinal)]).Count);
    }

    [Fact]
    public void Render_FixedReport_SelfContainedWithoutNetworkReferences()
    {
        string html = fixture.Render(ReportRenderers.Html);

        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Single(ScriptTags().Matches(html));
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AbandonedSessions_CardBesideLostAndFailed()
    {
        string html = fixture.Render(ReportRenderers.Html);

        string funnel = html[html.IndexOf("id=\"funnel\"", StringComparison.Ordinal)..];
        Assert.Contains("<div class=\"card bad\"><div class=\"label\">Abandoned at the end</div><div class=\"value\">4</div></div>", funnel, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupInServerAndScriptStrings_Escaped()
    {
        string html = fixture.Render(ReportRenderers.Html);

        Assert.DoesNotContain(SampleReports.XssMessage, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__xss = 1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("faq&lt;i&gt;bot&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("smoke &lt;b&gt;tenant&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorTable_ShowsApiNamesForCodes()
    {
        string html = fixture.Render(ReportRenderers.Html);
        string errors = html[html.IndexOf("id=\"errors\"", StringComparison.Ordinal)..html.IndexOf("id=\"chat\"", StringComparison.Ordinal)];

        Assert.Contains("<td data-v=\"5001\">5001</td><td class=\"text\">No server is available to accept chat connection</td>", errors, StringComparison.Ordinal);
        Assert.Contains("Too many concurrent poll requests for the same session", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CustomLatencyBounds_RangeLabelsFollowOptions()
    {
        var options = new ReportWriterOptions { FastThresholdMs = 250, SlowThresholdMs = 2000 };

        options.Validate();
        string html = ReportRenderers.Html.Render(fixture.Report, options);

        Assert.Contains("t ≤ 250 ms", html, StringComparison.Ordinal);
        Assert.Contains("250 ms &lt; t ≤ 2000 ms", html, StringComparison.Ordinal);
        Assert.Contains("t &gt; 2000 ms", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneHourTenThousandSessions_UnderFiveSecondsAndFiveMegabytes()
    {
        var report = LongRunReport.Build(sessions: 10_000, seconds: 3_600, requestsPerSecond: 40);
        var options = ReportWriterOptions.Default;

        var watch = Stopwatch.StartNew();
        string html = ReportRenderers.Html.Render(report, options);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"rendering took {watch.Elapsed}");
        Assert.True(Encoding.UTF8.GetByteCount(html) < 5 * 1024 * 1024, $"report.html is {Encoding.UTF8.GetByteCount(html)} bytes");
        Assert.Contains("3,600 samples drawn as 600 points", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReport_RendersPlaceholders()
    {
        var report = new ChatSwarm.Reports.Model.RunReport { Run = new ChatSwarm.Reports.Model.RunInfo { Id = "empty" } };

        string html = ReportRenderers.Html.Render(report, ReportWriterOptions.Default);

        Assert.Contains("No steps were recorded.", html, StringComparison.Ordinal);
        Assert.Contains(">no data</text>", html, StringComparison.Ordinal);
        Assert.Contains("No errors.", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr><td class=\"text\">")]
    private static partial Regex StepRows();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<script")]
    private static partial Regex ScriptTags();
}
