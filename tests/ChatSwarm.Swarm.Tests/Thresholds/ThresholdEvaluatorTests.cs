using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Thresholds;

public sealed class ThresholdEvaluatorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly SwarmMetrics _metrics;

    public ThresholdEvaluatorTests() => _metrics = new SwarmMetrics(_clock);

    [Fact]
    public void Evaluate_ErrorRate_IsFailedCallsInPercent()
    {
        for (int i = 0; i < 98; i++) Call(ApiMethod.SendEvents, 10);
        Call(ApiMethod.SendEvents, 10, ApiErrorCode.ChatServerTimeout);
        Call(ApiMethod.RequestChat, 10, ApiErrorCode.NoChatServerAvailable);

        var held = Check("error_rate < 3%");
        var failed = Check("error_rate < 1%");

        Assert.True(held.Held);
        Assert.Equal(2, held.Value, 9);
        Assert.False(failed.Held);
        Assert.Equal("error_rate = 2% (FAILED, limit < 1%)", failed.Display);
    }

    [Fact]
    public void Evaluate_Percentile_UsesTheStepHistogramInMilliseconds()
    {
        for (int i = 1; i <= 100; i++) Call(ApiMethod.RequestChat, i * 10);

        var p95 = Check("p95(request_chat) < 1s");
        var p50 = Check("p50(request_chat) <= 400ms");

        Assert.True(p95.Held);
        Assert.Equal(950, p95.Value, 950 * 0.01);
        Assert.False(p50.Held);
        Assert.Equal(500, p50.Value, 500 * 0.01);
        Assert.StartsWith("p50(request_chat) = ", p50.Display);
    }

    [Fact]
    public void Evaluate_MaxAndMean_AreExact()
    {
        Call(ApiMethod.SendEvents, 100);
        Call(ApiMethod.SendEvents, 300);

        var max = Check("max(send_events) < 300ms");
        var mean = Check("mean(send_events) < 250ms");

        Assert.False(max.Held);
        Assert.Equal(300, max.Value);
        Assert.True(mean.Held);
        Assert.Equal(200, mean.Value);
    }

    [Fact]
    public void Evaluate_ChatMeasures_AreSteps()
    {
        _metrics.SessionConnected(TimeSpan.FromSeconds(4));
        _metrics.RecordFirstAgentMessage(TimeSpan.FromSeconds(6));
        _metrics.RecordReplyRoundTrip(TimeSpan.FromSeconds(2));
        _metrics.RecordPollHold(TimeSpan.FromSeconds(10));

        Assert.Equal(4000, Check("max(queue_wait) < 5s").Value);
        Assert.Equal(6000, Check("max(first_agent_message) < 5s").Value);
        Assert.False(Check("max(first_agent_message) < 5s").Held);
        Assert.Equal(2000, Check("mean(reply_rtt) < 5s").Value);
        Assert.Equal(10_000, Check("max(poll_hold) <= 10s").Value);
    }

    [Fact]
    public void Evaluate_ZeroAndCount_CountErrorsWithTheCodeAcrossSteps()
    {
        Call(ApiMethod.GetNewChatEvents, 1, ApiErrorCode.ConcurrentPoll);
        Call(ApiMethod.SendEvents, 1, ApiErrorCode.NoChatServerAvailable);
        Call(ApiMethod.RequestChat, 1, ApiErrorCode.NoChatServerAvailable);

        var zero5509 = Check("zero(5509)");
        var zero5000 = Check("zero(chat_server_timeout)");
        var count = Check("count(5001) <= 1");

        Assert.False(zero5509.Held);
        Assert.Equal(1, zero5509.Value);
        Assert.True(zero5000.Held);
        Assert.Equal(0, zero5000.Value);
        Assert.False(count.Held);
        Assert.Equal(2, count.Value);
        Assert.Equal("count(5001) = 2 (FAILED, limit <= 1)", count.Display);
    }

    [Fact]
    public void Evaluate_Rps_IsCallsOverElapsedTime()
    {
        for (int i = 0; i < 50; i++) Call(ApiMethod.SendEvents, 1);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var r = Check("rps > 4");

        Assert.True(r.Held);
        Assert.Equal(5, r.Value, 9);
        Assert.False(Check("rps > 5").Held);
    }

    [Fact]
    public void Evaluate_SessionMetrics_UseSessionCounters()
    {
        for (int i = 0; i < 10; i++) _metrics.SessionStarted();
        for (int i = 0; i < 9; i++) _metrics.SessionCompleted();
        _metrics.SessionFailed(ApiErrorCode.ChatSessionNotFound);
        _metrics.SessionRestarted();
        _metrics.SessionRestarted();

        var completion = Check("completion_rate > 90%");
        Assert.False(completion.Held);
        Assert.Equal(90, completion.Value, 9);
        Assert.True(Check("completion_rate >= 90%").Held);
        Assert.True(Check("restarts < 3").Held);
        Assert.False(Check("restarts < 2").Held);
        Assert.Equal(1, Check("sessions_failed <= 0").Value);
        Assert.False(Check("sessions_failed <= 0").Held);
    }

    [Fact]
    public void Evaluate_CompletionRate_ChatsEndedByTheRunOrLostDoNotCount()
    {
        for (int i = 0; i < 10; i++) _metrics.SessionStarted();
        for (int i = 0; i < 5; i++) _metrics.SessionCompleted();
        for (int i = 0; i < 4; i++) _metrics.SessionEndedByRun();
        _metrics.SessionLost();

        var completion = Check("completion_rate > 90%");

        Assert.False(completion.Held);
        Assert.Equal(50, completion.Value, 9);
    }

    [Theory]
    [InlineData("error_rate < 1%")]
    [InlineData("p95(request_chat) < 2s")]
    [InlineData("completion_rate > 90%")]
    public void Evaluate_NoDataYet_HoldsWithNaN(string expression)
    {
        var result = Check(expression);

        Assert.True(result.Held);
        Assert.True(double.IsNaN(result.Value));
        Assert.Equal($"{expression}: no data yet", result.Display);
        Assert.Null(result.ToReport().Value);
    }

    [Fact]
    public void Evaluate_List_KeepsOrderAndExpressions()
    {
        Call(ApiMethod.SendEvents, 1, ApiErrorCode.ConcurrentPoll);
        var thresholds = new[] { Threshold.Parse("zero(5509)"), Threshold.Parse("restarts < 1") };

        var results = ThresholdEvaluator.Evaluate(thresholds, _metrics.Snapshot());

        Assert.Equal(["zero(5509)", "restarts < 1"], results.Select(r => r.Expression));
        Assert.Equal([false, true], results.Select(r => r.Held));
        var report = results[0].ToReport();
        Assert.Equal("zero(5509)", report.Expression);
        Assert.False(report.Held);
        Assert.Equal(1, report.Value);
    }

    private void Call(ApiMethod method, double ms, ApiErrorCode? error = null)
    {
        var result = error is { } code
            ? OperationResult<Unit>.Failure(method, ApiError.From(code))
            : OperationResult<Unit>.Success(method, Unit.Value);
        _metrics.RecordCall(result.WithMeasurements(200, TimeSpan.FromMilliseconds(ms), 10, 20));
    }

    private ThresholdResult Check(string expression) =>
        ThresholdEvaluator.Evaluate([Threshold.Parse(expression)], _metrics.Snapshot()).Single();
}
