using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class TextFormatsTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Fact]
    public void Csv_FixedReport_StepRowsThenErrorSection()
    {
        var lines = fixture.Render(ReportRenderers.Csv).Split('\n');
        var report = fixture.Report;

        Assert.Equal("step,ok,fail,rps,min_ms,mean_ms,max_ms,stddev_ms,p50_ms,p75_ms,p95_ms,p99_ms,p999_ms,bytes_in,bytes_out", lines[0]);
        for (int i = 0; i < report.Steps.Count; i++)
        {
            var s = report.Steps[i];
            var cells = lines[i + 1].Split(',');
            Assert.Equal(15, cells.Length);
            Assert.Equal(s.Name, cells[0]);
            Assert.Equal(s.Ok.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(s.LatencyMs.P95, double.Parse(cells[10], System.Globalization.CultureInfo.InvariantCulture));
        }

        int errorHeader = report.Steps.Count + 2;
        Assert.Equal("", lines[errorHeader - 1]);
        Assert.Equal("error_step,code,name,message,count", lines[errorHeader]);
        Assert.Equal(report.Errors.Count, lines.Skip(errorHeader + 1).Count(l => l.Length > 0));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    public void Csv_CellWithSpecialCharacters_QuotedAndDefused(string value, string expected)
    {
        Assert.Equal(expected, CsvReportRenderer.Cell(value));
    }

    [Fact]
    public void Markdown_FixedReport_EverySectionAsTable()
    {
        string md = fixture.Render(ReportRenderers.Markdown);

        Assert.StartsWith("# ChatSwarm report: smoke &lt;b&gt;tenant&lt;/b&gt;", md, StringComparison.Ordinal);
        foreach (var title in new[] { "Run", "Summary", "Sessions", "Steps (latency in ms)", "Latency ranges", "Errors", "Polls", "Chat experience (ms)", "Bots", "Lifecycle", "Thresholds", "Hints" })
        {
            Assert.Contains("\n## " + title + "\n\n|", md, StringComparison.Ordinal);
        }

        Assert.Contains("| step | ok | fail | rps | min | mean | max | stddev | p50 | p75 | p95 | p99 | p99.9 | data in | data out |", md, StringComparison.Ordinal);
        Assert.Contains("| request_chat |", md, StringComparison.Ordinal);
        Assert.Contains("| started | queued | connected | completed | ended by run | lost | abandoned | failed | restarts | backoff waited | peak concurrent |", md, StringComparison.Ordinal);
        Assert.Matches(@"\n\| 40 \| 36 \| 32 \| 28 \| 0 \| 4 \| 4 \| 4 \| 4 \|", md);
        Assert.Contains("No server is available to accept chat connection", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_FixedReport_AlignedTablesWithEveryStep()
    {
        string text = fixture.Render(ReportRenderers.Text);
        var lines = text.Split('\n');

        foreach (var step in fixture.Report.Steps)
        {
            Assert.Contains(lines, l => l.StartsWith("| " + step.Name + " ", StringComparison.Ordinal));
        }

        // Every row of a table has the same width as its rule lines.
        int header = Array.FindIndex(lines, l => l.StartsWith("| step ", StringComparison.Ordinal));
        int width = lines[header - 1].Length;
        Assert.All(lines.Skip(header).TakeWhile(l => l.Length > 0 && (l[0] == '|' || l[0] == '+')), l => Assert.Equal(width, l.Length));
        Assert.Contains("| failed ", text, StringComparison.Ordinal);
        Assert.Contains(" lost | abandoned | failed ", lines.Single(l => l.StartsWith("| started ", StringComparison.Ordinal) && l.Contains(" ended by run ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("FAILED", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ServerMessageWithNewlines_StaysOnOneRow()
    {
        var report = fixture.Report with { Errors = [new ErrorStats { Step = "send_events", Code = 5500, Name = "x", Message = "line1\nline2", Count = 1 }] };

        string text = ReportRenderers.Text.Render(report, ReportWriterOptions.Default);

        Assert.Contains("line1 line2", text, StringComparison.Ordinal);
    }
}
