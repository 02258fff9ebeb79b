using System.Diagnostics;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Working;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Tests.Coordinating;

/// <summary>A coordinator and two workers in this process, each its own actor system talking over Akka.Remote on 127.0.0.1, against the in-process simulator.</summary>
public sealed class ClusterRunTests
{
    [Fact]
    public async Task RunAsync_TwoWorkers_SharesAddUpAndTheReportIsMergedWithTheWorkersTable()
    {
        await using var cluster = await TestCluster.StartAsync("""
              - ramp: {from: 0, to: 8, duration: 1s}
              - constant: {sessions: 8, duration: 4s}
            """, """
            thresholds:
              - "zero(5509)"
              - "p95(request_chat) < 10s"
            """);
        await using var coordinator = cluster.StartCoordinator(workers: 2);

        var run = coordinator.RunAsync(null, default, default);
        var workers = new[] { TestCluster.RunWorkerAsync(coordinator.Address), TestCluster.RunWorkerAsync(coordinator.Address) };
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var outcomes = await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result.SetupError);
        var merged = result.Run!;
        Assert.Equal(SwarmExitCode.Ok, merged.ExitCode);
        Assert.All(outcomes, o => Assert.Equal(SwarmExitCode.Ok, o.ExitCode));
        Assert.Equal([0, 1], outcomes.Select(o => o.Assignment!.Index).Order());
        var report = merged.Report;
        Assert.Equal(2, report.Workers.Count);
        Assert.Equal(outcomes.Sum(o => o.Result!.Report.Sessions.Started), report.Sessions.Started);
        Assert.Equal(report.Sessions.Started, report.Workers.Sum(w => w.Sessions));
        Assert.All(report.Workers, w => Assert.True(w.Sessions > 0 && w.Requests > 0 && w.CpuSeconds > 0 && w.PeakRssBytes > 0 && w.LeftAt is null, w.Name));
        Assert.Equal(outcomes.Sum(o => o.Result!.Report.Steps.Sum(s => s.Ok + s.Fail)), report.Steps.Sum(s => s.Ok + s.Fail));

        // Peak concurrency is what was active at one moment across workers: at least one worker's own peak, never above the plan's 8.
        Assert.InRange(report.Sessions.PeakConcurrent, outcomes.Max(o => o.Result!.Report.Timeline.Max(p => p.ActiveSessions)), 8);
        Assert.Equal(report.Timeline.Max(p => p.ActiveSessions), report.Sessions.PeakConcurrent);
        Assert.Equal(0, report.Polls.ConcurrentPollErrors);
        Assert.Equal(0, cluster.Simulator.GetStats().ConcurrentPollViolations);
        Assert.Equal(2, report.Thresholds.Count);
        Assert.All(report.Thresholds, t => Assert.True(t.Held, t.Expression));

        // One run id for every worker: their reports carry it, and client ids stayed apart (no 5509 above).
        Assert.All(outcomes, o => Assert.Equal(report.Run.Id, o.Result!.Report.Run.Id));
    }

    [Fact]
    public async Task RunAsync_WorkerNodeCrashesMidRun_ReportNamesItKeepsItsResultsAndCountsItsCustomersLost()
    {
        await using var cluster = await TestCluster.StartAsync("""
              - constant: {sessions: 8, duration: 14s}
            """);
        await using var coordinator = cluster.StartCoordinator(workers: 2);
        var observer = new Recorder();
        Akka.Actor.ActorSystem? crashing = null;

        var run = coordinator.RunAsync(observer, default, default);
        var survivor = TestCluster.RunWorkerAsync(coordinator.Address);
        var victim = TestCluster.RunWorkerAsync(coordinator.Address, nodeStarted: system => crashing = system);
        await observer.WaitUntilAsync(p => p.LiveCustomers >= 6 && p.Elapsed > TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
        var crashedAt = Stopwatch.StartNew();
        await crashing!.Terminate();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var victimOutcome = await victim.WaitAsync(TimeSpan.FromSeconds(30));
        var survivorOutcome = await survivor.WaitAsync(TimeSpan.FromSeconds(30));

        var merged = result.Run!;
        Assert.Equal(SwarmExitCode.ThresholdsFailed, merged.ExitCode);
        Assert.Contains("lost mid-run", merged.StopReason);
        var lost = Assert.Single(merged.Report.Workers, w => w.LeftAt is not null);
        Assert.False(string.IsNullOrEmpty(lost.LeftReason));
        Assert.True(lost.Sessions > 0, "the lost worker's results before the crash were dropped");
        Assert.Contains(observer.Notices, n => n.Contains("lost at", StringComparison.Ordinal));
        Assert.Equal(SwarmExitCode.Ok, survivorOutcome.ExitCode);

        // The crashed node's side ends its chats and keeps its own result (its command writes it as a shard report).
        Assert.True(victimOutcome.CoordinatorLost);
        Assert.Equal(SwarmExitCode.SetupError, victimOutcome.ExitCode);

        // Its last results count once: the survivor's final results plus the victim's last tick, and its live customers as lost.
        var survivorSessions = survivorOutcome.Result!.Report.Sessions.Started;
        Assert.Equal(survivorSessions + lost.Sessions, merged.Report.Sessions.Started);
        // Every session counts once, as completed, ended, lost, failed or abandoned. (How many are lost depends on how far the
        // terminated node got in ending its chats; the end-to-end test kills a worker process and checks the lost count.)
        var s = merged.Report.Sessions;
        Assert.True(s.Completed + s.EndedByRun + s.Lost + s.Failed + s.Abandoned <= s.Started, $"{s.Started} started, more ended: a session counted twice");
        Assert.True(crashedAt.Elapsed < TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task RunAsync_OneWorkerStoppedGracefullyMidRun_ItEndsItsChatsAndEveryoneIsAccountedForNothingLost()
    {
        // What SIGTERM or Ctrl+C on `chatswarm worker` does: its graceful stop token.
        await using var cluster = await TestCluster.StartAsync("""
              - constant: {sessions: 8, duration: 10s}
            """);
        await using var coordinator = cluster.StartCoordinator(workers: 2);
        var observer = new Recorder();
        using var stopOne = new CancellationTokenSource();

        var run = coordinator.RunAsync(observer, default, default);
        var stayer = TestCluster.RunWorkerAsync(coordinator.Address);
        var stopped = TestCluster.RunWorkerAsync(coordinator.Address, stopOne.Token);
        await observer.WaitUntilAsync(p => p.LiveCustomers >= 6 && p.Elapsed > TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        stopOne.Cancel();
        var stoppedOutcome = await stopped.WaitAsync(TimeSpan.FromSeconds(30));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var stayerOutcome = await stayer.WaitAsync(TimeSpan.FromSeconds(30));

        // The stopped worker ended its chats itself and sent its final results: nothing of it is lost.
        Assert.False(stoppedOutcome.CoordinatorLost);
        Assert.True(stoppedOutcome.Result!.StoppedEarly, "the worker ran its whole share despite its stop");
        var stoppedReport = stoppedOutcome.Result.Report;
        var own = stoppedReport.Sessions;
        Assert.Equal(0, own.Lost);
        Assert.Equal(own.Started, own.Completed + own.EndedByRun + own.Failed + own.Abandoned);
        Assert.Equal(SwarmExitCode.Ok, stayerOutcome.ExitCode);

        var merged = result.Run!;
        Assert.True(merged.StoppedEarly);
        Assert.DoesNotContain("lost mid-run", merged.StopReason ?? "");
        Assert.All(merged.Report.Workers, w => Assert.True(w.Sessions > 0, w.Name));
        var s = merged.Report.Sessions;
        Assert.Equal(0, s.Lost);
        Assert.Equal(stayerOutcome.Result!.Report.Sessions.Started + stoppedReport.Sessions.Started, s.Started);
        Assert.Equal(s.Started, s.Completed + s.EndedByRun + s.Failed + s.Abandoned);
        Assert.Equal(0, merged.Report.Polls.ConcurrentPollErrors);
    }

    [Fact]
    public async Task RunAsync_TooFewWorkersJoinInTime_SetupErrorNamesTheCountAndTheAddress()
    {
        await using var cluster = await TestCluster.StartAsync("""
              - constant: {sessions: 2, duration: 2s}
            """);
        await using var coordinator = cluster.StartCoordinator(workers: 2, joinTimeout: TimeSpan.FromSeconds(4));
        using var stopWorker = new CancellationTokenSource();

        var run = coordinator.RunAsync(null, default, default);
        var worker = TestCluster.RunWorkerAsync(coordinator.Address, stopWorker.Token);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        var outcome = await worker.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result.Run);
        Assert.Contains("only 1 of 2 worker(s) joined", result.SetupError);
        Assert.Equal(1, result.WorkersJoined);
        Assert.Contains(coordinator.Address.ToString(), result.SetupError);
        Assert.Equal(SwarmExitCode.SetupError, outcome.ExitCode);
        Assert.Contains("dismissed", outcome.Problem);
    }

    [Fact]
    public async Task RunAsync_WorkerCannotLoadItsAssignment_SetupErrorNamesTheWorkerAndTheOthersAreDismissed()
    {
        await using var cluster = await TestCluster.StartAsync("""
              - constant: {sessions: 2, duration: 2s}
            """);
        await using var coordinator = cluster.StartCoordinator(workers: 2);

        var run = coordinator.RunAsync(null, default, default);
        var good = TestCluster.RunWorkerAsync(coordinator.Address);
        var bad = TestCluster.RunWorkerAsync(coordinator.Address, loader: new FailingLoader());
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        var outcomes = await Task.WhenAll(good, bad).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result.Run);
        Assert.Contains("cannot run its share: s.yaml:3: env.SECRET is not set", result.SetupError);
        Assert.All(outcomes, o => Assert.Equal(SwarmExitCode.SetupError, o.ExitCode));
        Assert.Contains(outcomes, o => o.Problem!.Contains("gave the run up before the start", StringComparison.Ordinal));
    }

    private sealed class FailingLoader : IShareLoader
    {
        public Task<PreparedShare> LoadAsync(ChatSwarm.Cluster.Wire.WorkAssignment assignment, string contentRoot, CancellationToken cancellationToken) =>
            throw new ShareLoadException("s.yaml:3: env.SECRET is not set");
    }

    private sealed class Recorder : ISwarmObserver
    {
        private readonly object _gate = new();
        private readonly List<string> _notices = [];
        private SwarmProgress? _last;

        public IReadOnlyList<string> Notices
        {
            get
            {
                lock (_gate)
                {
                    return [.. _notices];
                }
            }
        }

        public void OnProgress(SwarmProgress progress)
        {
            lock (_gate)
            {
                _last = progress;
            }
        }

        public void OnNotice(SwarmNotice notice)
        {
            lock (_gate)
            {
                _notices.Add(notice.Message);
            }
        }

        public async Task WaitUntilAsync(Func<SwarmProgress, bool> condition, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (true)
            {
                lock (_gate)
                {
                    if (_last is { } last && condition(last))
                    {
                        return;
                    }
                }

                Assert.True(watch.Elapsed < timeout, "the run did not get there; notices: " + string.Join(" | ", Notices));
                await Task.Delay(50);
            }
        }
    }
}
