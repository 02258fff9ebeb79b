using System.Text.Json.Nodes;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;

namespace ChatSwarm.Reports.Tests.Serialization;

/// <summary>report.json data no run can produce is refused with one line naming the field.</summary>
public sealed class ReportPlausibilityTests
{
    [Fact]
    public void Parse_MeasuredReport_Accepted()
    {
        var report = SampleReports.Fixed();

        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(ReportJson.Parse(ReportJson.Serialize(report))));
    }

    [Theory]
    [InlineData("sessions.failed", "sessions.failed: -1 is negative")]
    [InlineData("sessions.abandoned", "sessions.abandoned: -1 is negative")]
    [InlineData("polls.count", "polls.count: -1 is negative")]
    [InlineData("timeline", "timeline[1].t")]
    [InlineData("percentiles", "p99 1 is below p95")]
    [InlineData("duration", "run.duration_s: -1 is negative")]
    [InlineData("queue-wait", "chat.queue_wait_ms.max: -5 is negative")]
    public void Parse_ImpossibleData_OneLineNamingTheField(string what, string expected)
    {
        var node = JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!.AsObject();
        switch (what)
        {
            case "sessions.failed": node["sessions"]!["failed"] = -1; break;
            case "sessions.abandoned": node["sessions"]!["abandoned"] = -1; break;
            case "polls.count": node["polls"]!["count"] = -1; break;
            case "timeline": node["timeline"]![1]!["t"] = node["timeline"]![0]!["t"]!.GetValue<double>(); break;
            case "percentiles": node["steps"]![0]!["latency_ms"]!["p99"] = 1; break;
            case "duration": node["run"]!["duration_s"] = -1; break;
            default: node["chat"]!["queue_wait_ms"]!["max"] = -5; break;
        }

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Parse(node.ToJsonString(), "r.json"));

        Assert.StartsWith("r.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
