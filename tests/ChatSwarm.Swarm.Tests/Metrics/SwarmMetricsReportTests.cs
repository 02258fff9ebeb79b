using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Thresholds;
using static ChatSwarm.Swarm.Tests.Metrics.MetricsTestCalls;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class SwarmMetricsReportTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void BuildReport_AfterARun_FillsEverySection()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionQueued();
        metrics.SessionConnected(TimeSpan.FromSeconds(2));
        metrics.RecordFirstAgentMessage(TimeSpan.FromSeconds(3));
        metrics.RecordReplyRoundTrip(TimeSpan.FromSeconds(1));
        metrics.RecordPollHold(TimeSpan.FromSeconds(4));
        metrics.RecordPollHold(TimeSpan.FromSeconds(6));
        metrics.RecordCall(Ok(ApiMethod.RequestChat, 100, sent: 300, received: 400));
        metrics.RecordCall(Ok(ApiMethod.GetNewChatEvents, 4000));
        metrics.RecordCall(Ok(ApiMethod.GetNewChatEvents, 6000));
        metrics.RecordCall(Fail(ApiMethod.SendEvents, ApiErrorCode.ChatServerTimeout));
        metrics.SessionRestarted();
        metrics.SessionCompleted();
        metrics.SessionFailed(ApiErrorCode.ChatSessionNotFound);
        metrics.SessionStopped();
        metrics.SessionStopped();
        metrics.RecordBot("greeting-and-question", BotCounter.ConversationStarted, 2);
        metrics.RecordBot("greeting-and-question", BotCounter.ConversationCompleted, 1);
        metrics.RecordBot("greeting-and-question", BotCounter.ExpectationFailed, 1);
        metrics.RecordBot("greeting-and-question", BotCounter.ChatWindowOpen, 2);
        metrics.RecordBot("contact-form", BotCounter.FormAnswered, 1);
        metrics.RecordBot("contact-form", BotCounter.ChatWindowOpen, 1);
        metrics.RecordBot("contact-form", BotCounter.ChatSessionEnded, 1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();
        var info = RunInfoFactory.Create("run-1", "smoke", new Uri("http://127.0.0.1:5000/"), metrics.StartedAt, TimeSpan.FromSeconds(2), 7);
        var thresholds = ThresholdEvaluator.Evaluate([Threshold.Parse("zero(5509)"), Threshold.Parse("p95(request_chat) < 2s")], metrics.Snapshot());

        var report = metrics.BuildReport(info, thresholds);

        Assert.Same(info, report.Run);
        Assert.Equal(2, report.Sessions.Started);
        Assert.Equal(1, report.Sessions.Queued);
        Assert.Equal(1, report.Sessions.Connected);
        Assert.Equal(1, report.Sessions.Completed);
        Assert.Equal(1, report.Sessions.Failed);
        Assert.Equal(1, report.Sessions.Restarts);
        Assert.Equal(2, report.Sessions.PeakConcurrent);
        Assert.Equal(["request_chat", "send_events", "get_new_chat_events"], report.Steps.Select(s => s.Name));
        var request = report.Steps[0];
        Assert.Equal((1, 0, 400L, 300L), (request.Ok, request.Fail, request.BytesIn, request.BytesOut));
        Assert.Equal(100, request.LatencyMs.P50);
        Assert.Equal(0.5, request.Rps);
        Assert.Equal(1, request.Histogram.Count);
        Assert.Equal(1, report.Steps[1].Fail);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("send_events", 5000, "chat_server_timeout", 1L), (error.Step, error.Code, error.Name, error.Count));
        Assert.Equal(2, report.Polls.Count);
        Assert.Equal(5000, report.Polls.MeanHoldMs);
        Assert.Equal(0, report.Polls.ConcurrentPollErrors);
        Assert.Equal(2000, report.Chat.QueueWaitMs.Max);
        Assert.Equal(3000, report.Chat.FirstAgentMessageMs.Max);
        Assert.Equal(1000, report.Chat.ReplyRttMs.Max);
        Assert.Equal(1, report.Chat.Histograms.QueueWait.Count);
        Assert.Equal(["contact-form", "greeting-and-question"], report.Bots.Select(b => b.Script));
        Assert.Equal(1, report.Bots[0].FormsAnswered);
        Assert.Equal((2L, 1L, 1L), (report.Bots[1].Conversations, report.Bots[1].Completed, report.Bots[1].ExpectationsFailed));
        Assert.Equal(new Dictionary<string, long> { ["chatWindowOpen"] = 3, ["chatSessionEnded"] = 1 }, report.Lifecycle);
        Assert.Equal(2, report.Timeline.Count);
        Assert.Equal(4, report.Timeline[0].Requests);
        Assert.Equal(["zero(5509)", "p95(request_chat) < 2s"], report.Thresholds.Select(t => t.Expression));
        Assert.All(report.Thresholds, t => Assert.True(t.Held));
        Assert.Equal(100, report.Thresholds[1].Value);
    }

    [Fact]
    public void BuildReport_InfoWithoutDuration_UsesElapsedTime()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.RecordCall(Ok(ApiMethod.SendEvents, 1));
        _clock.Advance(TimeSpan.FromSeconds(4));

        var report = metrics.BuildReport(new Reports.Model.RunInfo { Id = "x" }, []);

        Assert.Equal(4, report.Run.DurationS);
        Assert.Equal(0.25, report.Steps[0].Rps);
        Assert.Empty(report.Thresholds);
    }

    [Fact]
    public void BuildReport_EmptyRun_HasEmptySections()
    {
        var metrics = new SwarmMetrics(_clock);

        var report = metrics.BuildReport(new Reports.Model.RunInfo(), []);

        Assert.Empty(report.Steps);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Bots);
        Assert.Empty(report.Lifecycle);
        Assert.Empty(report.Timeline);
        Assert.Equal(0, report.Chat.QueueWaitMs.Count);
    }
}
