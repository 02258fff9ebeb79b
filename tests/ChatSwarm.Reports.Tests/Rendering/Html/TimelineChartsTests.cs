using System.Text;
using System.Text.Json.Nodes;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Rendering.Html;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering.Html;

public sealed class TimelineChartsTests
{
    [Fact]
    public void Render_PerIntervalData_ChartsPerStepPerChatMeasureAndPlannedSessions()
    {
        var report = SampleReports.Fixed();

        string html = ReportRenderers.Html.Render(report, ReportWriterOptions.Default);

        foreach (var id in new[] { "chart-step-request_chat", "chart-step-send_events", "chart-chat-queue_wait", "chart-chat-reply_rtt" })
        {
            Assert.Contains($"<figure class=\"chart\" id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"chart-chat-first_agent_message\"", html, StringComparison.Ordinal);
        Assert.Contains("Active vs planned sessions", html, StringComparison.Ordinal);
        Assert.Contains("stroke-dasharray", Figure(html, "chart-active-sessions"), StringComparison.Ordinal);
        Assert.Contains("&#10;planned: 40 sessions", Figure(html, "chart-active-sessions"), StringComparison.Ordinal);
        Assert.Contains("&#10;p95: ", Figure(html, "chart-step-send_events"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportWithoutPerIntervalFields_StillReadsAndRendersTheOldCharts()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!;
        foreach (var point in json["timeline"]!.AsArray())
        {
            var p = point!.AsObject();
            p.Remove("steps");
            p.Remove("chat");
            p.Remove("planned_sessions");
        }

        var report = ReportJson.Parse(json.ToJsonString());
        string html = ReportRenderers.Html.Render(report, ReportWriterOptions.Default);

        Assert.All(report.Timeline, p => Assert.Null(p.Steps));
        foreach (var id in HtmlReportRenderer.ChartIds)
        {
            Assert.Contains($"<figure class=\"chart\" id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"chart-step-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"chart-chat-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("planned", Figure(html, "chart-active-sessions"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IntervalPercentilesDecrease_ErrorNamesTheField()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!;
        var sendEvents = json["timeline"]![3]!["steps"]!["send_events"]!;
        sendEvents["p99_ms"] = 0.001;
        sendEvents["p95_ms"] = 5000.0;

        var ex = Assert.Throws<ReportFormatException>(() => ReportJson.Parse(json.ToJsonString(), "r.json"));

        Assert.StartsWith("r.json: timeline[3].steps.send_events: p50 ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IntervalHistogramCorrupt_ErrorNamesTheField()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!;
        var timeline = json["timeline"]!.AsArray();
        int at = Enumerable.Range(0, timeline.Count).First(i => timeline[i]!["chat"]!.AsObject().Count > 0);
        timeline[at]!["chat"]!.AsObject().First().Value!["histogram"]!["count"] = 999_999;

        var ex = Assert.Throws<ReportFormatException>(() => ReportJson.Parse(json.ToJsonString(), "r.json"));

        Assert.StartsWith($"r.json: timeline[{at}].chat.", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".histogram: histogram.count is 999999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_IntervalsWithHistograms_PercentilesOfTheUnion()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 1 };
        var fast = Histogram(10, 10, 10, 10);
        var slow = Histogram(900, 1000);
        var a = new RunReport { Run = run, Timeline = [new TimelinePoint { T = 1, PlannedArrivalRate = 2.5, Steps = new Dictionary<string, IntervalLatency> { ["send_events"] = IntervalLatency.Of(fast) } }] };
        var b = new RunReport { Run = run, Timeline = [new TimelinePoint { T = 1, PlannedArrivalRate = 2.5, Steps = new Dictionary<string, IntervalLatency> { ["send_events"] = IntervalLatency.Of(slow), ["request_chat"] = IntervalLatency.Of(fast) } }] };

        var merged = ReportMerger.Merge([a, b]).Timeline.Single();

        Assert.Equal(IntervalLatency.Of(fast.Merge(slow)), merged.Steps!["send_events"]);
        Assert.Equal(6, merged.Steps["send_events"].Count);
        Assert.Equal(1000, merged.Steps["send_events"].P99Ms, 10.0);
        Assert.Equal(4, merged.Steps["request_chat"].Count);
        Assert.Equal(5, merged.PlannedArrivalRate);
        Assert.Null(merged.PlannedSessions);
        Assert.Null(merged.Chat);
    }

    [Fact]
    public void Merge_IntervalsWithoutHistograms_PercentilesWeightedByCount()
    {
        var run = new RunInfo { Id = "r", StartedAt = SampleReports.Start, DurationS = 1 };
        var a = new RunReport { Run = run, Timeline = [new TimelinePoint { T = 1, Chat = new Dictionary<string, IntervalLatency> { ["queue_wait"] = new() { Count = 3, P50Ms = 100, P95Ms = 100, P99Ms = 100 } } }] };
        var b = new RunReport { Run = run, Timeline = [new TimelinePoint { T = 1, Chat = new Dictionary<string, IntervalLatency> { ["queue_wait"] = new() { Count = 1, P50Ms = 500, P95Ms = 500, P99Ms = 500 } } }] };

        var merged = ReportMerger.Merge([a, b]).Timeline.Single().Chat!["queue_wait"];

        Assert.Equal(4, merged.Count);
        Assert.Equal(200, merged.P95Ms);
        Assert.Null(merged.Histogram);
    }

    [Fact]
    public void Line_NaNValues_GapInTheLineAndNoDataOnHover()
    {
        var sb = new StringBuilder();

        SvgChart.Line(sb, "c", "Step", "ms", [1, 2, 3, 4], [new ChartSeries("p95", "#111", [5, double.NaN, 7, 8])]);

        string svg = sb.ToString();
        string path = svg[svg.IndexOf("<path class=\"series\"", StringComparison.Ordinal)..];
        path = path[..path.IndexOf('>')];
        Assert.Equal(2, path.Count(c => c == 'M'));
        Assert.Contains("<title>t = 2.0s&#10;p95: no data</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    private static HistogramSnapshot Histogram(params int[] ms)
    {
        var h = new LatencyHistogram();
        foreach (var v in ms)
        {
            h.Record(TimeSpan.FromMilliseconds(v));
        }

        return h.Snapshot();
    }

    private static string Figure(string html, string id)
    {
        int at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[at..html.IndexOf("</figure>", at, StringComparison.Ordinal)];
    }
}
