using ChatSwarm.Configuration.Validation;
using System.Collections.Concurrent;
using System.Diagnostics;
using ChatSwarm.Client;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Tests.Fakes;
using ChatSwarm.Swarm.Thresholds;
using ChatSwarm.Testing;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class SwarmRunnerTests
{
    private readonly FakeMessagingClient _client = new();
    private readonly RecordingObserver _observer = new();

    [Fact]
    public async Task RunAsync_ClosedPhase_HoldsTheTargetThenEndsEveryChat()
    {
        var result = await RunAsync(Profile(new ConstantPhase(5, TimeSpan.FromSeconds(1.5))));

        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
        Assert.False(result.StoppedEarly);
        Assert.Equal(5, result.Report.Sessions.Started);
        Assert.Equal(5, result.Report.Sessions.PeakConcurrent);
        // The fake conversations never finish on their own: the run ended every chat, so none counts as completed.
        Assert.Equal(5, result.Report.Sessions.EndedByRun);
        Assert.Equal(0, result.Report.Sessions.Completed);
        Assert.Equal(5, _client.CountOf(ApiMethod.SendEvents));
        Assert.Equal(0, result.CustomersAbandoned);
        Assert.Equal(0, result.Report.Sessions.Abandoned);
        Assert.Equal(0, _client.PollViolations);
        Assert.NotEmpty(_observer.Progress);
    }

    [Fact]
    public async Task RunAsync_ArrivalPhase_StartsCustomersAtTheRate()
    {
        var result = await RunAsync(Profile(new ArrivalPhase(10, TimeSpan.FromSeconds(1))));

        Assert.InRange(result.Report.Sessions.Started, 8, 10);
        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_SessionCap_StopsNewStarts()
    {
        var result = await RunAsync(Profile(new ArrivalPhase(50, TimeSpan.FromSeconds(1))) with { MaxSessions = 3 });

        Assert.Equal(3, result.Report.Sessions.Started);
        Assert.Contains(_observer.Notices, n => n.Message.Contains("session cap of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TargetFalls_AsksTheNewestCustomersToEndFirst()
    {
        var profile = Profile(new ConstantPhase(4, TimeSpan.FromSeconds(1.5)), new ConstantPhase(1, TimeSpan.FromSeconds(1)));

        var result = await RunAsync(profile);

        var ends = _client.Calls.Where(c => c.Method == ApiMethod.SendEvents).Select(c => c.ClientId[^1..]).ToList();
        Assert.Equal(4, ends.Count);
        Assert.Equal(["1", "2", "3"], ends.Take(3).Order());
        Assert.Equal("0", ends[3]);
        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_MostCustomersFailWithInvalidApplication_StopsEarlyWithOneClearMessage()
    {
        _client.RequestChat = _ => FakeMessagingClient.Failure<ChatSession>(ApiMethod.RequestChat, ApiErrorCode.InvalidApplication);
        var watch = Stopwatch.StartNew();

        var result = await RunAsync(Profile(new ConstantPhase(20, TimeSpan.FromSeconds(30))));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(result.StoppedEarly);
        Assert.Equal(SwarmExitCode.SetupError, result.ExitCode);
        Assert.Equal("most customers failed with 3000 invalid_application: check AppId", result.StopReason);
        Assert.Single(_observer.Notices, n => n.Level == SwarmNoticeLevel.Error);
    }

    [Fact]
    public async Task RunAsync_StopGracefully_EndsTheChatsAndStillReports()
    {
        using var stop = new CancellationTokenSource();
        _observer.OnProgressAction = p =>
        {
            if (p.Metrics.ActiveSessions == 3)
            {
                stop.Cancel();
            }
        };
        var watch = Stopwatch.StartNew();

        var result = await RunAsync(Profile(new ConstantPhase(3, TimeSpan.FromSeconds(30))), stop.Token);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(result.Interrupted);
        Assert.Equal(3, _client.CountOf(ApiMethod.SendEvents));
        Assert.Equal(3, result.Report.Sessions.EndedByRun);
        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_StopNow_StopsAtOnceAndReportsWhatItHas()
    {
        using var stopGracefully = new CancellationTokenSource();
        using var stopNow = new CancellationTokenSource();
        _observer.OnProgressAction = p =>
        {
            if (p.Metrics.ActiveSessions == 3)
            {
                stopGracefully.Cancel();
                stopNow.Cancel();
            }
        };

        var result = await RunAsync(Profile(new ConstantPhase(3, TimeSpan.FromSeconds(30))), stopGracefully.Token, stopNow.Token);

        Assert.True(result.Interrupted);
        Assert.Equal(3, result.CustomersAbandoned);
        Assert.Equal(0, _client.CountOf(ApiMethod.SendEvents));
        Assert.Equal(3, result.Report.Sessions.Started);
        Assert.Equal(3, result.Report.Sessions.Abandoned);
    }

    [Fact]
    public async Task RunAsync_ChatEndNeverAnswersWithinTheGrace_ReportCountsEveryStartedSessionOnce()
    {
        // Arrange: chat_session_end answers only after the grace period, so the customers still chatting at the end are
        // abandoned; customer 0's chat is lost (5005) early and the closed model replaces it.
        var client = new FakeMessagingClient
        {
            SendLatency = TimeSpan.FromMinutes(10),
            Poll = (clientId, number, token) => clientId.EndsWith('0')
                ? Task.FromResult(FakeMessagingClient.Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatSessionNotFound))
                : FakeMessagingClient.HoldUntilCancelled(clientId, number, token),
        };
        var profile = Profile(new ConstantPhase(3, TimeSpan.FromSeconds(1))) with { GracePeriod = TimeSpan.FromMilliseconds(300) };

        // Act
        var result = await new SwarmRunner().RunAsync(Options(profile) with { Client = client }, _observer, default, default);

        // Assert: every customer got its chat (no Unavailable or Cancelled end, no failure before the chat existed), so
        // each started session has exactly one of the report's end states.
        var s = result.Report.Sessions;
        Assert.Equal(4, s.Started);
        Assert.Equal(1, s.Lost);
        Assert.Equal(3, s.Abandoned);
        Assert.Equal(3, result.CustomersAbandoned);
        Assert.Equal(s.Started, s.Completed + s.EndedByRun + s.Lost + s.Failed + s.Abandoned);
        Assert.Contains(_observer.Notices, n => n.Message.StartsWith("3 customer(s) still busy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ThresholdFailsWithAbort_StopsEarlyWithExitCode1()
    {
        var profile = Profile(new ConstantPhase(2, TimeSpan.FromSeconds(30))) with
        {
            Thresholds = [Threshold.Parse("rps > 100000")],
            ThresholdCheckInterval = TimeSpan.FromMilliseconds(500),
            AbortOnThresholdFailure = true,
        };

        var result = await RunAsync(profile);

        Assert.True(result.StoppedEarly);
        Assert.Equal(SwarmExitCode.ThresholdsFailed, result.ExitCode);
        Assert.Contains("rps > 100000", result.StopReason, StringComparison.Ordinal);
        Assert.False(Assert.Single(result.Thresholds).Held);
    }

    [Fact]
    public async Task RunAsync_ThresholdsHoldAtTheEnd_ExitCode0AndResultsInTheReport()
    {
        var profile = Profile(new ConstantPhase(2, TimeSpan.FromSeconds(1))) with { Thresholds = [Threshold.Parse("zero(5509)")] };

        var result = await RunAsync(profile);

        Assert.Equal(SwarmExitCode.Ok, result.ExitCode);
        Assert.True(Assert.Single(result.Report.Thresholds).Held);
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ThrowsOneLineNamingTheField()
    {
        var options = Options(Profile(new ConstantPhase(1, TimeSpan.FromSeconds(1)))) with { Scripts = [] };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => new SwarmRunner().RunAsync(options, null, default, default));

        Assert.StartsWith("SwarmRunOptions.Scripts:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProblemsHereAndInNestedOptions_OneExceptionListingEvery()
    {
        var options = Options(Profile(new ConstantPhase(1, TimeSpan.FromSeconds(1))) with { Backoff = new BackoffSettings { MaxRetries = -1 } }) with
        {
            EarlyStopMinimumCustomers = 0,
            ActorSystem = new() { Throughput = 0 },
            Share = new WorkerShare(2, 2),
        };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            [
                "SwarmRunOptions.Profile.backoff.max_retries must be 0 or more",
                "SwarmRunOptions.EarlyStopMinimumCustomers: expected at least 1, got 0",
                "SwarmRunOptions.ActorSystem.Throughput: expected 1 or more, got 0",
                "SwarmRunOptions.Share.Index: expected a worker index from 0 to 1, got 2",
            ],
            error.Problems);
        Assert.DoesNotContain('\n', error.Message);
    }

    internal static LoadProfile Profile(params LoadPhase[] phases) => new()
    {
        Name = "test",
        Phases = phases,
        CheckAvailability = false,
        GracePeriod = TimeSpan.FromSeconds(3),
        Seed = 42,
    };

    [Fact]
    public async Task RunAsync_LoopMissesWholeSeconds_OneTimelinePointPerGap()
    {
        // Arrange: a loop starved of CPU wakes seconds late; here the manual clock jumps 3.5 s per control step.
        var clock = TestClock.Create();
        var options = Options(Profile(new ConstantPhase(2, TimeSpan.FromSeconds(10))) with { GracePeriod = TimeSpan.Zero }) with
        {
            TimeProvider = clock,
            Metrics = new SwarmMetrics(clock),
            ControlInterval = TimeSpan.FromSeconds(1),
        };

        // Act
        var run = new SwarmRunner().RunAsync(options, _observer, default, default);
        var deadline = Stopwatch.StartNew();
        while (!run.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            clock.Advance(TimeSpan.FromSeconds(3.5));
            await Task.WhenAny(run, Task.Delay(20));
        }

        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert: points move forward in time, never two at one instant (the report reader rejects those).
        var times = result.Report.Timeline.Select(p => p.T).ToList();
        Assert.True(times.Count >= 2, $"{times.Count} timeline points");
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.First} then {pair.Second}"));
    }

    private SwarmRunOptions Options(LoadProfile profile) => new()
    {
        Profile = profile,
        Client = _client,
        Metrics = new SwarmMetrics(TimeProvider.System),
        Scripts = [new SwarmScript("fake", 1, _ => new FakeConversation())],
        Seed = profile.Seed ?? 1,
        ControlInterval = TimeSpan.FromMilliseconds(20),
    };

    private Task<SwarmRunResult> RunAsync(LoadProfile profile, CancellationToken stopGracefully = default, CancellationToken stopNow = default) =>
        new SwarmRunner().RunAsync(Options(profile), _observer, stopGracefully, stopNow);

    private sealed class RecordingObserver : ISwarmObserver
    {
        public ConcurrentQueue<SwarmProgress> Progress { get; } = new();

        public ConcurrentQueue<SwarmNotice> Notices { get; } = new();

        public Action<SwarmProgress>? OnProgressAction { get; set; }

        public void OnProgress(SwarmProgress progress)
        {
            Progress.Enqueue(progress);
            OnProgressAction?.Invoke(progress);
        }

        public void OnNotice(SwarmNotice notice) => Notices.Enqueue(notice);
    }
}
