using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using static ChatSwarm.Swarm.Tests.Metrics.MetricsTestCalls;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class SwarmMetricsTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task RecordCall_ManyThreadsAtOnce_CountsExactly()
    {
        var metrics = new SwarmMetrics(_clock);
        const int threads = 8;
        const int perThread = 5_000;
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                for (int i = 0; i < perThread; i++)
                {
                    metrics.SessionStarted();
                    metrics.RecordCall(Ok(ApiMethod.SendEvents, 1 + (i % 100)));
                    if (i % 10 == 0)
                    {
                        metrics.RecordCall(Fail(ApiMethod.RequestChat, t % 2 == 0 ? ApiErrorCode.NoChatServerAvailable : ApiErrorCode.ConcurrentPoll));
                    }

                    metrics.SessionStopped();
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        var s = metrics.Snapshot();
        var send = Assert.Single(s.Steps, x => x.Method == ApiMethod.SendEvents);
        var request = Assert.Single(s.Steps, x => x.Method == ApiMethod.RequestChat);
        Assert.Equal(threads * perThread, send.Ok);
        Assert.Equal(0, send.Fail);
        Assert.Equal(threads * perThread, send.Latency.Count);
        Assert.Equal(threads * perThread * 100L, send.BytesOut);
        Assert.Equal(threads * perThread * 200L, send.BytesIn);
        Assert.Equal(threads * perThread / 10, request.Fail);
        Assert.Equal((threads * perThread) + (threads * perThread / 10), s.TotalRequests);
        Assert.Equal(threads * perThread / 10, s.FailedRequests);
        Assert.Equal(threads / 2 * perThread / 10, s.ErrorsWithCode(5001));
        Assert.Equal(threads / 2 * perThread / 10, s.ConcurrentPollErrors);
        Assert.Equal(threads * perThread, s.Sessions.Started);
        Assert.Equal(0, s.ActiveSessions);
        Assert.InRange(s.PeakSessions, 1, threads);
    }

    [Fact]
    public void RecordCall_NoEventsAnswer_CountsAsASuccessfulPoll()
    {
        var metrics = new SwarmMetrics(_clock);

        metrics.RecordCall(Fail(ApiMethod.GetNewChatEvents, ApiErrorCode.NoEvents, ms: 10_000));
        metrics.RecordCall(Ok(ApiMethod.GetNewChatEvents, 3_000));

        var s = metrics.Snapshot();
        Assert.Equal(2, Assert.Single(s.Steps).Ok);
        Assert.Equal(0, s.FailedRequests);
        Assert.Empty(s.Errors);
        Assert.Equal(2, s.Polls);
    }

    [Fact]
    public void RecordCall_Errors_AreGroupedByStepAndCodeWithTheFirstMessage()
    {
        var metrics = new SwarmMetrics(_clock);

        metrics.RecordCall(Fail(ApiMethod.RequestChat, ApiErrorCode.NoChatServerAvailable, message: "first"));
        metrics.RecordCall(Fail(ApiMethod.RequestChat, ApiErrorCode.NoChatServerAvailable, message: "second"));
        metrics.RecordCall(Fail(ApiMethod.SendEvents, ApiErrorCode.NoChatServerAvailable));
        metrics.RecordCall(Fail(ApiMethod.GetNewChatEvents, ApiErrorCode.ConcurrentPoll));

        var s = metrics.Snapshot();
        Assert.Equal(
            [
                new ErrorCount("request_chat", 5001, "no_chat_server_available", "first", 2),
                new ErrorCount("get_new_chat_events", 5509, "concurrent_poll", "Too many concurrent poll requests for the same session", 1),
                new ErrorCount("send_events", 5001, "no_chat_server_available", "No server is available to accept chat connection", 1),
            ],
            s.Errors);
        Assert.Equal(3, s.ErrorsWithCode(5001));
        Assert.Equal(1, s.ConcurrentPollErrors);
        Assert.Equal(1.0, s.ErrorRate);
    }

    [Fact]
    public void Sessions_Lifecycle_TracksGaugePeakAndCounters()
    {
        var metrics = new SwarmMetrics(_clock);

        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionStarted();
        metrics.SessionQueued();
        metrics.SessionQueued();
        metrics.SessionConnected(TimeSpan.FromSeconds(3));
        metrics.SessionCompleted();
        metrics.SessionStopped();
        metrics.SessionFailed(ApiErrorCode.InvalidApplication);
        metrics.SessionFailed(ApiErrorCode.InvalidApplication);
        metrics.SessionFailed(null);
        metrics.SessionRestarted();
        metrics.SessionStopped();
        metrics.SessionStarted();

        var s = metrics.Snapshot();
        Assert.Equal(new SessionCounts(Started: 4, Queued: 2, Connected: 1, Completed: 1, Failed: 3, Restarts: 1, Stopped: 2), s.Sessions);
        Assert.Equal(2, s.ActiveSessions);
        Assert.Equal(3, s.PeakSessions);
        Assert.Equal(2, s.SessionFailuresByCode[3000]);
        Assert.Equal(1, s.SessionFailuresByCode[0]);
        Assert.Equal(3000, s.QueueWait.MaxMicroseconds / 1000);
    }

    [Fact]
    public void Snapshot_Latencies_HavePercentilesWithinOnePercent()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int ms = 1; ms <= 1000; ms++)
        {
            metrics.RecordCall(Ok(ApiMethod.RequestChat, ms));
            metrics.RecordReplyRoundTrip(TimeSpan.FromMilliseconds(ms * 2));
        }

        var s = metrics.Snapshot();
        var latency = s.Latency("request_chat")!;
        Assert.Equal(1000, latency.Count);
        Assert.Equal(500, latency.Percentile(50).TotalMilliseconds, 5.0);
        Assert.Equal(950, latency.Percentile(95).TotalMilliseconds, 9.5);
        Assert.Equal(990, latency.Percentile(99).TotalMilliseconds, 9.9);
        Assert.Equal(1000, latency.Max.TotalMilliseconds);
        Assert.Equal(1000, s.Latency("reply_rtt")!.Percentile(50).TotalMilliseconds, 10.0);
        Assert.Same(s.ReplyRtt, s.Latency("reply_rtt"));
        Assert.Equal(0, s.Latency("upload_file")!.Count);
        Assert.Null(s.Latency("no_such_step"));
    }

    [Fact]
    public void RecordBot_CountsPerScript()
    {
        var metrics = new SwarmMetrics(_clock);

        metrics.RecordBot("greeting", Bots.Runtime.BotCounter.ConversationStarted, 1);
        metrics.RecordBot("greeting", Bots.Runtime.BotCounter.ConversationStarted, 2);
        metrics.RecordBot("forms", Bots.Runtime.BotCounter.FormAnswered, 1);

        Assert.Equal(3, metrics.BotCount("greeting", Bots.Runtime.BotCounter.ConversationStarted));
        Assert.Equal(1, metrics.BotCount("forms", Bots.Runtime.BotCounter.FormAnswered));
        Assert.Equal(0, metrics.BotCount("unknown", Bots.Runtime.BotCounter.FormAnswered));
    }

    [Fact]
    public void Snapshot_BotCounters_PerScriptInNameOrder()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.RecordBot("greeting", Bots.Runtime.BotCounter.ConversationCompleted, 2);
        metrics.RecordBot("forms", Bots.Runtime.BotCounter.FormAnswered, 1);

        var bots = metrics.Snapshot().Bots;

        Assert.Equal(["forms", "greeting"], bots.Select(b => b.Script));
        Assert.Equal(1, bots[0].Count(Bots.Runtime.BotCounter.FormAnswered));
        Assert.Equal(2, bots[1].Count(Bots.Runtime.BotCounter.ConversationCompleted));
        Assert.Equal(0, bots[1].Count(Bots.Runtime.BotCounter.FormAnswered));
    }

    [Fact]
    public void Snapshot_Elapsed_FollowsTheClock()
    {
        var metrics = new SwarmMetrics(_clock);

        _clock.Advance(TimeSpan.FromSeconds(42));

        Assert.Equal(TimeSpan.FromSeconds(42), metrics.Snapshot().Elapsed);
        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromSeconds(42), metrics.StartedAt);
    }
}
