using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using static ChatSwarm.Swarm.Tests.Metrics.MetricsTestCalls;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class SwarmMetricsIntervalTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Tick_EachStep_HasItsOwnIntervalPercentiles()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int i = 1; i <= 100; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, i));
        for (int i = 0; i < 10; i++) metrics.RecordCall(Ok(ApiMethod.RequestChat, 500));
        metrics.RecordCall(Ok(ApiMethod.GetNewChatEvents, 20_000));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var first = metrics.Tick();

        var send = first.Steps![StepNames.Of(ApiMethod.SendEvents)];
        Assert.Equal(100, send.Count);
        Assert.Equal(50, send.P50Ms, 0.5);
        Assert.Equal(95, send.P95Ms, 0.95);
        Assert.Equal(99, send.P99Ms, 0.99);
        Assert.Equal(100, send.Histogram!.Count);
        Assert.Equal(500, first.Steps[StepNames.Of(ApiMethod.RequestChat)].P99Ms, 5.0);
        Assert.Equal(20_000, first.Steps[StepNames.Of(ApiMethod.GetNewChatEvents)].P50Ms, 200.0);
        Assert.Equal(3, first.Steps.Count);
    }

    [Fact]
    public void Tick_NextInterval_HoldsOnlyWhatCameAfterThePreviousTick()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int i = 0; i < 1000; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 5));
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();
        for (int i = 0; i < 10; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 800));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var second = metrics.Tick();

        var send = second.Steps![StepNames.Of(ApiMethod.SendEvents)];
        Assert.Equal(10, send.Count);
        Assert.Equal(800, send.P50Ms, 8.0);
        Assert.Equal(800, second.P50Ms, 8.0);
        Assert.Equal(10, second.Histogram!.Count);
    }

    [Fact]
    public void Tick_StepIdleInTheInterval_IsAbsent()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.RecordCall(Ok(ApiMethod.RequestChat, 100));
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();
        metrics.RecordCall(Ok(ApiMethod.SendEvents, 10));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var second = metrics.Tick();

        Assert.Equal([StepNames.Of(ApiMethod.SendEvents)], second.Steps!.Keys);
    }

    [Fact]
    public void Tick_ChatExperience_IsPerInterval()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.SessionConnected(TimeSpan.FromSeconds(2));
        metrics.RecordFirstAgentMessage(TimeSpan.FromSeconds(3));
        metrics.RecordReplyRoundTrip(TimeSpan.FromMilliseconds(400));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var first = metrics.Tick();
        metrics.RecordReplyRoundTrip(TimeSpan.FromMilliseconds(900));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var second = metrics.Tick();

        Assert.Equal(2000, first.Chat![StepNames.QueueWait].P95Ms, 20.0);
        Assert.Equal(3000, first.Chat[StepNames.FirstAgentMessage].P95Ms, 30.0);
        Assert.Equal(400, first.Chat[StepNames.ReplyRtt].P95Ms, 4.0);
        Assert.Equal([StepNames.ReplyRtt], second.Chat!.Keys);
        Assert.Equal(900, second.Chat[StepNames.ReplyRtt].P50Ms, 9.0);
        Assert.Equal(1, second.Chat[StepNames.ReplyRtt].Count);
    }

    [Fact]
    public void Tick_Plan_IsKeptOnThePoint()
    {
        var metrics = new SwarmMetrics(_clock);
        _clock.Advance(TimeSpan.FromSeconds(1));

        var closed = metrics.Tick(plannedSessions: 250);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var open = metrics.Tick(plannedArrivalRate: 12.5);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var stopping = metrics.Tick();

        Assert.Equal(250, closed.PlannedSessions);
        Assert.Null(closed.PlannedArrivalRate);
        Assert.Equal(12.5, open.PlannedArrivalRate);
        Assert.Null(open.PlannedSessions);
        Assert.Null(stopping.PlannedSessions);
        Assert.Null(stopping.PlannedArrivalRate);
    }

    [Fact]
    public void Snapshot_RecentLatency_CoversTheLastTenSecondsOnly()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int second = 1; second <= 15; second++)
        {
            // Slow calls only in the first five seconds: a since-the-start p99 would keep them, the window must not.
            metrics.RecordCall(Ok(ApiMethod.SendEvents, second <= 5 ? 2000 : 10));
            _clock.Advance(TimeSpan.FromSeconds(1));
            metrics.Tick();
        }

        var snapshot = metrics.Snapshot();

        Assert.Equal(10, snapshot.Recent.Count);
        Assert.Equal(15, snapshot.Recent[^1].T);
        var recent = snapshot.RecentLatency(StepNames.Of(ApiMethod.SendEvents));
        Assert.Equal(10, recent.Count);
        Assert.Equal(10, recent.PercentileMicroseconds(99) / 1000, 0.1);
        Assert.Equal(2000, snapshot.Latency(StepNames.Of(ApiMethod.SendEvents))!.PercentileMicroseconds(99) / 1000, 20.0);
    }

    [Fact]
    public async Task Tick_WhileThreadsRecord_IntervalCountsAddUpToEveryCall()
    {
        var metrics = new SwarmMetrics(_clock);
        const int threads = 4;
        const int perThread = 20_000;
        using var go = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                go.Wait();
                for (int i = 0; i < perThread; i++)
                {
                    metrics.RecordCall(Ok(ApiMethod.SendEvents, 1 + (i % 50)));
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        go.Set();
        var all = Task.WhenAll(workers);
        while (!all.IsCompleted)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            metrics.Tick();
            await Task.Yield();
        }

        await all;
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();

        var step = StepNames.Of(ApiMethod.SendEvents);
        var timeline = metrics.Timeline();
        Assert.Equal(threads * perThread, timeline.Sum(p => p.Steps!.TryGetValue(step, out var l) ? l.Count : 0));
        Assert.Equal(threads * perThread, timeline.Sum(p => p.Histogram?.Count ?? 0));
    }
}
