using Microsoft.Extensions.Time.Testing;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using static ChatSwarm.Swarm.Tests.Metrics.MetricsTestCalls;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class SwarmMetricsTimelineTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Tick_EachSecond_AppendsThatSecondsTraffic()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.SessionStarted();
        metrics.SessionStarted();
        for (int i = 1; i <= 100; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, i));
        metrics.RecordCall(Fail(ApiMethod.RequestChat, ApiErrorCode.NoChatServerAvailable));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var first = metrics.Tick();

        Assert.Equal(1, first.T);
        Assert.Equal(2, first.ActiveSessions);
        Assert.Equal(101, first.Requests);
        Assert.Equal(101, first.Rps);
        Assert.Equal(1, first.Errors);
        Assert.Equal(new Dictionary<int, long> { [5001] = 1 }, first.ErrorsByCode);
        Assert.Equal(50, first.P50Ms, 0.5);
        Assert.Equal(95, first.P95Ms, 0.95);
        Assert.Equal(99, first.P99Ms, 0.99);
        Assert.Equal(101, first.Histogram!.Count);

        metrics.SessionStopped();
        for (int i = 0; i < 10; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 1000));
        metrics.RecordCall(Fail(ApiMethod.GetNewChatEvents, ApiErrorCode.ConcurrentPoll));
        metrics.RecordCall(Fail(ApiMethod.RequestChat, ApiErrorCode.NoChatServerAvailable));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var second = metrics.Tick();

        Assert.Equal(2, second.T);
        Assert.Equal(1, second.ActiveSessions);
        Assert.Equal(12, second.Requests);
        Assert.Equal(2, second.Errors);
        Assert.Equal(new Dictionary<int, long> { [5001] = 1, [5509] = 1 }, second.ErrorsByCode);
        Assert.Equal(1000, second.P50Ms, 10.0);
        Assert.Equal(1000, second.P95Ms, 10.0);
        Assert.Equal([1.0, 2.0], metrics.Timeline().Select(p => p.T));
    }

    [Fact]
    public async Task Tick_WhileThreadsRecord_LosesNoRequestsOrErrors()
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
                    metrics.RecordCall(i % 4 == 0 ? Fail(ApiMethod.SendEvents, ApiErrorCode.ChatServerTimeout) : Ok(ApiMethod.SendEvents, 3));
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

        var timeline = metrics.Timeline();
        Assert.Equal(threads * perThread, timeline.Sum(p => p.Requests));
        Assert.Equal(threads * perThread / 4, timeline.Sum(p => p.Errors));
        Assert.Equal(threads * perThread / 4, timeline.Sum(p => p.ErrorsByCode.GetValueOrDefault(5000)));
        Assert.Equal(threads * perThread, metrics.Snapshot().TotalRequests);
    }

    [Fact]
    public void Tick_QuietSecond_IsZeroes()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.RecordCall(Ok(ApiMethod.SendEvents, 5));
        _clock.Advance(TimeSpan.FromSeconds(1));
        metrics.Tick();
        _clock.Advance(TimeSpan.FromSeconds(1));

        var quiet = metrics.Tick();

        Assert.Equal(0, quiet.Requests);
        Assert.Equal(0, quiet.Rps);
        Assert.Equal(0, quiet.P95Ms);
        Assert.Empty(quiet.ErrorsByCode);
        Assert.Null(quiet.Histogram);
    }

    [Fact]
    public void Tick_LongPolls_CountAsRequestsButNotInTheSecondsLatency()
    {
        var metrics = new SwarmMetrics(_clock);
        metrics.RecordCall(Ok(ApiMethod.GetNewChatEvents, 10_000));
        metrics.RecordCall(Ok(ApiMethod.SendEvents, 20));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var point = metrics.Tick();

        Assert.Equal(2, point.Requests);
        Assert.Equal(20, point.P95Ms);
    }

    [Fact]
    public void Tick_LateTick_RateUsesTheRealInterval()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int i = 0; i < 30; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 1));
        _clock.Advance(TimeSpan.FromSeconds(3));

        var point = metrics.Tick();

        Assert.Equal(30, point.Requests);
        Assert.Equal(10, point.Rps);
    }

    [Fact]
    public void Snapshot_RequestsPerSecond_AveragesTheLastFiveSeconds()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int second = 1; second <= 8; second++)
        {
            int calls = second <= 3 ? 100 : 10;
            for (int i = 0; i < calls; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 1));
            _clock.Advance(TimeSpan.FromSeconds(1));
            metrics.Tick();
        }

        var s = metrics.Snapshot();

        Assert.Equal(10, s.RequestsPerSecond, 9);
        Assert.Equal(350.0 / 8, s.OverallRequestsPerSecond, 9);
        Assert.Equal(1, s.RecentP95Ms);
    }

    [Fact]
    public void Snapshot_BeforeAnyTick_RateIsOverTheRunSoFar()
    {
        var metrics = new SwarmMetrics(_clock);
        for (int i = 0; i < 20; i++) metrics.RecordCall(Ok(ApiMethod.SendEvents, 1));
        _clock.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(5, metrics.Snapshot().RequestsPerSecond, 9);
    }
}
