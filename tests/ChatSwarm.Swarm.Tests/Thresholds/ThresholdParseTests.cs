using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Thresholds;

public sealed class ThresholdParseTests
{
    [Fact]
    public void Parse_ErrorRate_IsPercent()
    {
        var t = Threshold.Parse("error_rate < 1%");

        Assert.Equal(ThresholdMetric.ErrorRate, t.Metric);
        Assert.Equal(ThresholdComparison.Less, t.Comparison);
        Assert.Equal(1, t.Limit);
        Assert.Equal("error_rate < 1%", t.Expression);
    }

    [Theory]
    [InlineData("p50(request_chat) < 2s", 50, "request_chat", 2000)]
    [InlineData("p75(send_events) <= 800ms", 75, "send_events", 800)]
    [InlineData("p90(upload_file) < 1.5s", 90, "upload_file", 1500)]
    [InlineData("p95(get_new_chat_events)<20s", 95, "get_new_chat_events", 20_000)]
    [InlineData("p99(queue_wait) < 1m", 99, "queue_wait", 60_000)]
    [InlineData("p999(reply_rtt) < 10s", 99.9, "reply_rtt", 10_000)]
    [InlineData("P95(First_Agent_Message) < 5s", 95, "first_agent_message", 5000)]
    public void Parse_Percentile_ReadsPercentileStepAndMilliseconds(string text, double percentile, string step, double limitMs)
    {
        var t = Threshold.Parse(text);

        Assert.Equal(ThresholdMetric.Percentile, t.Metric);
        Assert.Equal(percentile, t.Percentile);
        Assert.Equal(step, t.Step);
        Assert.Equal(limitMs, t.Limit);
    }

    [Theory]
    [InlineData("max(request_chat) < 5s", ThresholdMetric.Max, 5000)]
    [InlineData("mean(send_events) < 250ms", ThresholdMetric.Mean, 250)]
    public void Parse_MaxAndMean_AreLatencies(string text, ThresholdMetric metric, double limitMs)
    {
        var t = Threshold.Parse(text);

        Assert.Equal(metric, t.Metric);
        Assert.Equal(limitMs, t.Limit);
        Assert.NotNull(t.Step);
    }

    [Theory]
    [InlineData("zero(5509)", 5509, ThresholdComparison.Equal, 0)]
    [InlineData("zero(concurrent_poll)", 5509, ThresholdComparison.Equal, 0)]
    [InlineData("zero(NoChatServerAvailable)", 5001, ThresholdComparison.Equal, 0)]
    [InlineData("count(5001) <= 10", 5001, ThresholdComparison.LessOrEqual, 10)]
    [InlineData("count(chat_server_timeout) > 0", 5000, ThresholdComparison.Greater, 0)]
    public void Parse_ErrorCodeCounts_ReadCodesByNumberOrName(string text, int code, ThresholdComparison comparison, double limit)
    {
        var t = Threshold.Parse(text);

        Assert.Equal(ThresholdMetric.ErrorCount, t.Metric);
        Assert.Equal(code, t.ErrorCode);
        Assert.Equal(comparison, t.Comparison);
        Assert.Equal(limit, t.Limit);
    }

    [Theory]
    [InlineData("rps > 100", ThresholdMetric.Rps, ThresholdComparison.Greater, 100)]
    [InlineData("rps >= 12.5/s", ThresholdMetric.Rps, ThresholdComparison.GreaterOrEqual, 12.5)]
    [InlineData("completion_rate > 90%", ThresholdMetric.CompletionRate, ThresholdComparison.Greater, 90)]
    [InlineData("restarts < 50", ThresholdMetric.Restarts, ThresholdComparison.Less, 50)]
    [InlineData("sessions_failed <= 0", ThresholdMetric.SessionsFailed, ThresholdComparison.LessOrEqual, 0)]
    [InlineData("sessions_failed == 3", ThresholdMetric.SessionsFailed, ThresholdComparison.Equal, 3)]
    public void Parse_ScalarMetrics_ReadComparisonAndLimit(string text, ThresholdMetric metric, ThresholdComparison comparison, double limit)
    {
        var t = Threshold.Parse(text);

        Assert.Equal(metric, t.Metric);
        Assert.Equal(comparison, t.Comparison);
        Assert.Equal(limit, t.Limit);
    }

    [Theory]
    [InlineData("", "empty threshold")]
    [InlineData("error_rate", "has no comparison")]
    [InlineData("error_rate < ", "has no limit")]
    [InlineData("error_rate < 0.01", "wrong unit; expected a percentage")]
    [InlineData("error_rate < 120%", "above 100%")]
    [InlineData("error_rate < -1%", "is negative")]
    [InlineData("error_rate < 1% < 2%", "more than one comparison")]
    [InlineData("p95(request_chat) < 2", "wrong unit; expected a duration")]
    [InlineData("p95(request_chat) < 2 seconds", "wrong unit")]
    [InlineData("p95(request_chat) < soon", "is not a number")]
    [InlineData("p95(request_chat < 2s", "expected p95(...)")]
    [InlineData("p95() < 2s", "needs exactly one argument")]
    [InlineData("p95(request_chat, send_events) < 2s", "needs exactly one argument")]
    [InlineData("p100(request_chat) < 2s", "out of range")]
    [InlineData("p0(request_chat) < 2s", "out of range")]
    [InlineData("p95(typing) < 2s", "unknown step 'typing'; expected one of check_availability")]
    [InlineData("median(request_chat) < 2s", "unknown function 'median'")]
    [InlineData("zero()", "needs exactly one argument")]
    [InlineData("zero(-5)", "unknown error code '-5'")]
    [InlineData("zero(5509", "expected zero(...)")]
    [InlineData("zero(5509) < 1", "zero(code) takes no comparison")]
    [InlineData("count(5001) < 1.5", "not a whole number")]
    [InlineData("count(5001) < 1%", "wrong unit")]
    [InlineData("restarts < 5s", "wrong unit")]
    [InlineData("throughput > 5", "unknown metric 'throughput'")]
    [InlineData("rps = 5", "has no comparison")]
    public void Parse_BadExpression_ThrowsOneLineNamingTheProblem(string text, string fragment)
    {
        var ex = Assert.Throws<FormatException>(() => Threshold.Parse(text));

        Assert.Contains(fragment, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void TryParse_Bad_ReturnsFalseWithError()
    {
        Assert.False(Threshold.TryParse("nonsense", out var threshold, out var error));

        Assert.Null(threshold);
        Assert.StartsWith("'nonsense'", error);
    }

    [Theory]
    [InlineData(ThresholdComparison.Less, 1, 2, true)]
    [InlineData(ThresholdComparison.Less, 2, 2, false)]
    [InlineData(ThresholdComparison.LessOrEqual, 2, 2, true)]
    [InlineData(ThresholdComparison.Greater, 3, 2, true)]
    [InlineData(ThresholdComparison.Greater, 2, 2, false)]
    [InlineData(ThresholdComparison.GreaterOrEqual, 2, 2, true)]
    [InlineData(ThresholdComparison.Equal, 2, 2, true)]
    [InlineData(ThresholdComparison.Equal, 1, 2, false)]
    public void IsSatisfiedBy_EachComparison_ComparesWithLimit(ThresholdComparison comparison, double value, double limit, bool expected)
    {
        var op = comparison switch
        {
            ThresholdComparison.Less => "<",
            ThresholdComparison.LessOrEqual => "<=",
            ThresholdComparison.Greater => ">",
            ThresholdComparison.GreaterOrEqual => ">=",
            _ => "==",
        };
        var t = Threshold.Parse($"restarts {op} {limit}");

        Assert.Equal(expected, t.IsSatisfiedBy(value));
    }
}
