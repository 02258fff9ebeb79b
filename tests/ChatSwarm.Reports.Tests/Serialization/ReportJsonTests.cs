using System.Text.Json;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Tests.TestData;

namespace ChatSwarm.Reports.Tests.Serialization;

public sealed class ReportJsonTests
{
    [Fact]
    public void Parse_SerializedReport_SerializesBackIdentically()
    {
        string json = ReportJson.Serialize(SampleReports.Fixed());

        string again = ReportJson.Serialize(ReportJson.Parse(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void Serialize_FixedReport_UsesSnakeCaseSchema()
    {
        using var doc = JsonDocument.Parse(ReportJson.Serialize(SampleReports.Fixed()));
        var root = doc.RootElement;

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        foreach (var name in new[] { "run", "sessions", "steps", "errors", "polls", "chat", "bots", "lifecycle", "timeline", "thresholds" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"missing {name}");
        }

        var run = root.GetProperty("run");
        Assert.Equal("http://127.0.0.1:5099", run.GetProperty("target_base_url").GetString());
        Assert.Equal(2, run.GetProperty("machine").GetProperty("cores").GetInt32());
        var step = root.GetProperty("steps")[0];
        foreach (var name in new[] { "name", "ok", "fail", "rps", "latency_ms", "bytes_in", "bytes_out", "histogram" })
        {
            Assert.True(step.TryGetProperty(name, out _), $"missing steps[0].{name}");
        }

        foreach (var name in new[] { "min", "mean", "max", "stddev", "p50", "p75", "p95", "p99", "p999" })
        {
            Assert.True(step.GetProperty("latency_ms").TryGetProperty(name, out _), $"missing latency_ms.{name}");
        }

        Assert.NotEmpty(step.GetProperty("histogram").GetProperty("buckets").GetString()!);
        var point = root.GetProperty("timeline")[0];
        foreach (var name in new[] { "t", "active_sessions", "requests", "rps", "errors", "errors_by_code", "p50_ms", "p95_ms", "p99_ms" })
        {
            Assert.True(point.TryGetProperty(name, out _), $"missing timeline[0].{name}");
        }

        foreach (var name in new[] { "started", "completed", "ended_by_run", "lost", "abandoned", "failed", "restarts", "backoff_s", "peak_concurrent" })
        {
            Assert.True(root.GetProperty("sessions").TryGetProperty(name, out _), $"missing sessions.{name}");
        }

        Assert.True(root.GetProperty("polls").TryGetProperty("concurrent_poll_errors", out _));
        Assert.True(root.GetProperty("chat").TryGetProperty("first_agent_message_ms", out _));
        Assert.True(root.GetProperty("bots")[0].TryGetProperty("expectations_failed", out _));
    }

    [Fact]
    public void Parse_OtherSchemaVersion_OneLineErrorNamingFileAndVersions()
    {
        string json = ReportJson.Serialize(SampleReports.Fixed()).Replace("\"schema_version\": 1", "\"schema_version\": 7", StringComparison.Ordinal);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Parse(json, "shard1/report.json"));

        Assert.Equal("shard1/report.json: schema_version 7 is not supported; this chatswarm reads version 1", error.Message);
    }

    [Fact]
    public void Parse_BrokenJson_ErrorNamesLine()
    {
        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Parse("{\n  \"schema_version\": 1,\n  oops\n}", "r.json"));

        Assert.StartsWith("r.json: not valid JSON at line 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{}", "'schema_version' is missing")]
    [InlineData("{\"schema_version\": 1}", "missing required properties")]
    [InlineData("{\"schema_version\": 1, \"run\": {}, \"steps\": [{\"ok\": \"many\"}]}", "at '$.steps[0].ok'")]
    [InlineData("{\"schema_version\": 1, \"run\": {}, \"steps\": [{\"histogram\": {\"count\": 2, \"buckets\": \"AQE=\"}}]}", "steps[0].histogram: histogram.count is 2")]
    public void Parse_InvalidReport_ClearOneLineError(string json, string expected)
    {
        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Parse(json, "x.json"));

        Assert.StartsWith("x.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_MinimalReport_AbsentFieldsGetTheirDefaults()
    {
        var report = ReportJson.Parse("{\"schema_version\": 1, \"run\": {\"id\": \"r1\"}, \"steps\": [{\"name\": \"x\", \"histogram\": {\"count\": 1, \"min_us\": 5, \"max_us\": 5, \"buckets\": \"BQE=\"}}]}");

        Assert.Equal("r1", report.Run.Id);
        Assert.Equal(1, report.Run.Shards);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Timeline);
        Assert.Equal(0, report.Sessions.Started);
        Assert.Equal(1, HistogramSnapshot.FromData(report.Steps[0].Histogram).Count);
        Assert.Equal(0, report.Chat.QueueWaitMs.Count);
    }

    [Fact]
    public void Parse_ReportWrittenBeforeAbandonedExisted_ReadsZeroAndKeepsTheOtherCounts()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.Serialize(SampleReports.Fixed()))!.AsObject();
        var sessions = node["sessions"]!.AsObject();
        Assert.Equal(4, sessions["abandoned"]!.GetValue<long>());
        sessions.Remove("abandoned");

        var report = ReportJson.Parse(node.ToJsonString(), "old/report.json");

        Assert.Equal(0, report.Sessions.Abandoned);
        Assert.Equal(4, report.Sessions.Lost);
        Assert.Equal(40, report.Sessions.Started);
    }

    [Fact]
    public void Parse_NullArrayElement_ErrorNamesElement()
    {
        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Parse("{\"schema_version\": 1, \"run\": {}, \"errors\": [null]}", "x.json"));

        Assert.Equal("x.json: errors[0] is null; expected an object", error.Message);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ClearError()
    {
        string path = Path.Combine(Path.GetTempPath(), "chatswarm-missing-" + Guid.NewGuid().ToString("N"), "report.json");

        var error = await Assert.ThrowsAsync<ReportFormatException>(() => ReportReader.ReadAsync(path, CancellationToken.None));

        Assert.Contains("file not found", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FolderWithoutReport_ClearError()
    {
        string dir = Directory.CreateTempSubdirectory("chatswarm-empty-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<ReportFormatException>(() => ReportReader.ReadAsync(dir, CancellationToken.None));

            Assert.Equal($"{dir}: folder has no report.json", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
