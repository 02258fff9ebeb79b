using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Thresholds;

public sealed class BotChecksThresholdTests
{
    private readonly SwarmMetrics _metrics = new(new FakeTimeProvider());

    [Theory]
    [InlineData("rate(bot_checks) > 99%", ThresholdMetric.BotChecksRate, null, 99)]
    [InlineData("rate( bot_checks ) >= 99.5%", ThresholdMetric.BotChecksRate, null, 99.5)]
    [InlineData("rate(bot_checks:greeting-and-question) > 90%", ThresholdMetric.BotChecksRate, "greeting-and-question", 90)]
    [InlineData("bot_checks_failed <= 0", ThresholdMetric.BotChecksFailed, null, 0)]
    [InlineData("bot_checks_failed:Survey < 5", ThresholdMetric.BotChecksFailed, "Survey", 5)]
    public void Parse_BotChecks_ReadsMetricScriptAndLimit(string text, ThresholdMetric metric, string? script, double limit)
    {
        var t = Threshold.Parse(text);

        Assert.Equal(metric, t.Metric);
        Assert.Equal(script, t.Script);
        Assert.Equal(limit, t.Limit);
    }

    [Theory]
    [InlineData("rate(bot_checks) > 99", "wrong unit")]
    [InlineData("rate(sessions) > 99%", "rate(...) measures bot_checks")]
    [InlineData("rate(bot_checks:) > 99%", "bot_checks:SCRIPT")]
    [InlineData("bot_checks_failed < 1%", "wrong unit")]
    [InlineData("bot_checks_failedx < 1", "bot_checks:SCRIPT")]
    public void TryParse_BadBotChecks_OneLineErrorSaysWhatIsExpected(string text, string expected)
    {
        Assert.False(Threshold.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RateOverAllScripts_FailsWhenAnyExpectationFailed()
    {
        _metrics.RecordBot("a", BotCounter.ExpectationMet, 99);
        _metrics.RecordBot("b", BotCounter.ExpectationMet, 99);
        _metrics.RecordBot("b", BotCounter.ExpectationFailed, 2);

        var result = Check("rate(bot_checks) > 99.5%");

        Assert.False(result.Held);
        Assert.Equal(99, result.Value, 9);
        Assert.Equal("rate(bot_checks) = 99% (FAILED, limit > 99.5%)", result.Display);
    }

    [Fact]
    public void Evaluate_RateOfOneScript_OnlyCountsThatScript()
    {
        _metrics.RecordBot("a", BotCounter.ExpectationMet, 10);
        _metrics.RecordBot("b", BotCounter.ExpectationFailed, 10);

        Assert.True(Check("rate(bot_checks:a) == 100%").Held);
        Assert.Equal(0, Check("rate(bot_checks:b) > 0%").Value);
    }

    [Fact]
    public void Evaluate_FailedCount_CountsFailedExpectations()
    {
        _metrics.RecordBot("a", BotCounter.ExpectationFailed, 3);
        _metrics.RecordBot("a", BotCounter.ExpectationMet, 3);

        var result = Check("bot_checks_failed <= 0");

        Assert.False(result.Held);
        Assert.Equal(3, result.Value);
    }

    [Fact]
    public void Evaluate_NoChecksYet_NoData()
    {
        _metrics.RecordBot("a", BotCounter.FormAnswered, 1);

        var result = Check("rate(bot_checks) > 99%");

        Assert.True(double.IsNaN(result.Value));
        Assert.Empty(_metrics.Snapshot().BotChecks);
    }

    private ThresholdResult Check(string expression) =>
        ThresholdEvaluator.Evaluate([Threshold.Parse(expression)], _metrics.Snapshot()).Single();
}
