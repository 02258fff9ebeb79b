using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class TranscriptLinksTests
{
    private static readonly RunReport WithTranscripts = SampleReports.Fixed() with
    {
        Transcripts =
        [
            new TranscriptLink { Kind = "failed", File = "transcripts/failed-01-faq.json", Script = "faq", ChatId = "c1", DurationMs = 1200, Reason = "expected <b>x</b>" },
            new TranscriptLink { Kind = "slowest", File = "javascript:alert(1)", Script = "faq", ChatId = "c2", DurationMs = 9000, Succeeded = true },
        ],
    };

    [Fact]
    public void RenderHtml_Transcripts_LinksOnlySafeRelativeFilesAndEncodesText()
    {
        string html = ReportRenderers.Html.Render(WithTranscripts, ReportWriterOptions.Default);

        Assert.Contains("<a href=\"transcripts/failed-01-faq.json\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("expected &lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMarkdown_Transcripts_TableRowPerTranscript()
    {
        string md = ReportRenderers.Markdown.Render(WithTranscripts, ReportWriterOptions.Default);

        Assert.Contains("## Transcripts", md, StringComparison.Ordinal);
        Assert.Contains("transcripts/failed-01-faq.json", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportWithoutTranscriptsField_ReadsWithEmptyList()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!.AsObject();
        Assert.True(node.Remove("transcripts"));
        string json = node.ToJsonString();

        var report = ReportJson.Parse(json);

        Assert.Empty(report.Transcripts);
        Assert.Equal(WithTranscripts.Transcripts, ReportJson.Parse(ReportJson.Serialize(WithTranscripts)).Transcripts);
    }
}
