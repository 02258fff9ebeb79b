using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatSwarm.EndToEnd.Tests.Signals;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Configuration.Timing;
using Xunit.Abstractions;

namespace ChatSwarm.EndToEnd.Tests.Cluster;

/// <summary>
/// A cluster run with real processes on loopback: the simulator (in this process), a coordinator and two workers
/// started as `chatswarm` processes; one worker is killed with SIGKILL mid-run.
/// </summary>
public sealed partial class ClusterEndToEndTests(ITestOutputHelper output)
{
    private const string Script = """
        name: short
        conversation:
          - expect: {event: agent_joined, timeout: 1m}
          - say: hello
          - expect: {event: message, timeout: 1m}
          - say: thanks
          - end
        """;

    // Seconds, not the production 15 s pause: the test must notice the kill quickly.
    private const string FastFailureDetection = """
        akka.cluster.failure-detector.acceptable-heartbeat-pause = 3s
        akka.remote.watch-failure-detector.acceptable-heartbeat-pause = 3s
        akka.cluster.split-brain-resolver.stable-after = 2s
        """;

    [Fact]
    public async Task Run_TwoWorkerProcessesOneKilledWithSigkill_MergedReportNamesTheLostWorkerAndAccountsForEverySession()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Agents = 20,
            ChatsPerAgent = 3,
            PollHold = TimeSpan.FromSeconds(2),
            Seed = 3,
            Behavior = new AgentBehaviorOptions { ThinkTime = DelayDistribution.Uniform(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)) },
        });
        using var coordinator = ChildProcess.Start(
            new Dictionary<string, string>
            {
                ["s.yaml"] = Script,
                ["fast.conf"] = FastFailureDetection,
                ["p.yaml"] = """
                    name: clustered
                    phases:
                      - constant: {sessions: 10, duration: 20s}
                    mix:
                      - {script: s.yaml, weight: 1}
                    think_time: {uniform: [100ms, 300ms]}
                    grace_period: 5s
                    thresholds:
                      - zero(5509)
                    """,
            },
            "run", "p.yaml", "--tenant", simulator.BaseAddress.ToString(), "--tenant-url", simulator.TenantUrl, "--app-id", simulator.AppId,
            "--seed", "4", "--workers", "2", "--listen", "127.0.0.1:0", "--join-timeout", "60s", "--akka-config", "fast.conf");
        await coordinator.WaitUntilAsync(c => JoinAddress().IsMatch(c.Out), TimeSpan.FromSeconds(60), "the coordinator listening");
        var join = JoinAddress().Match(coordinator.Out).Groups[1].Value;

        // The workers get no profile or script: everything comes from the coordinator.
        var workerFiles = new Dictionary<string, string> { ["fast.conf"] = FastFailureDetection };
        using var survivor = ChildProcess.Start(workerFiles, "worker", "--join", join, "--akka-config", "fast.conf");
        using var victim = ChildProcess.Start(workerFiles, "worker", "--join", join, "--akka-config", "fast.conf");
        await victim.WaitUntilAsync(c => c.Out.Contains("phase 1/1", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the victim running its share");
        await coordinator.WaitUntilAsync(c => Regex.IsMatch(c.Out, @"\[\d+s/20s\].*sessions (9|10)/10"), TimeSpan.FromSeconds(30), "10 customers chatting across both workers");

        victim.Signal(ChildProcess.SigKill);
        await victim.WaitForExitAsync(TimeSpan.FromSeconds(10));
        await coordinator.WaitForExitAsync(TimeSpan.FromSeconds(90));
        await survivor.WaitForExitAsync(TimeSpan.FromSeconds(30));

        output.WriteLine(coordinator.Out);
        output.WriteLine("survivor: " + survivor.Out + survivor.Error);
        Assert.True(coordinator.ExitCode == 1, $"exit {coordinator.ExitCode}: {coordinator.Out}{coordinator.Error}");
        Assert.Equal(0, survivor.ExitCode);
        Assert.Contains("worker(s) lost mid-run", coordinator.Out);
        var reportPath = Assert.Single(Directory.GetFiles(Path.Combine(coordinator.Directory, "reports"), "report.json", SearchOption.AllDirectories));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        var root = report.RootElement;
        var workers = root.GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(2, workers.Count);
        var lost = Assert.Single(workers, w => w.TryGetProperty("left_reason", out _));
        Assert.Contains("downed", lost.GetProperty("left_reason").GetString());
        Assert.True(lost.GetProperty("sessions").GetInt64() > 0, "the lost worker's results before the kill were dropped");
        Assert.True(lost.TryGetProperty("left_at", out _));

        var sessions = root.GetProperty("sessions");
        long started = sessions.GetProperty("started").GetInt64();
        long ended = sessions.GetProperty("completed").GetInt64() + sessions.GetProperty("ended_by_run").GetInt64()
            + sessions.GetProperty("lost").GetInt64() + sessions.GetProperty("failed").GetInt64() + sessions.GetProperty("abandoned").GetInt64();
        Assert.Equal(workers.Sum(w => w.GetProperty("sessions").GetInt64()), started);
        Assert.True(sessions.GetProperty("lost").GetInt64() > 0, "the killed worker's unfinished customers are not counted as lost");
        Assert.True(ended <= started && ended >= started - 10, $"{started} started, {ended} ended");
        Assert.InRange(sessions.GetProperty("peak_concurrent").GetInt64(), 5, 10);
        Assert.Equal(0, root.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
        Assert.Equal(0, simulator.GetStats().ConcurrentPollViolations);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{started} started, {ended} ended; lost worker: {lost.GetProperty("left_reason").GetString()}"));
    }

    [Fact]
    public async Task Worker_CoordinatorKilledWithSigkillMidRun_WorkerEndsItsChatsWritesItsOwnReportAndExitsTwo()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Agents = 10, ChatsPerAgent = 3, PollHold = TimeSpan.FromSeconds(2), Seed = 3 });
        using var coordinator = ChildProcess.Start(
            new Dictionary<string, string>
            {
                ["s.yaml"] = Script,
                ["fast.conf"] = FastFailureDetection,
                ["p.yaml"] = """
                    name: orphaned
                    phases:
                      - constant: {sessions: 4, duration: 60s}
                    mix:
                      - {script: s.yaml, weight: 1}
                    grace_period: 5s
                    """,
            },
            "run", "p.yaml", "--tenant", simulator.BaseAddress.ToString(), "--tenant-url", simulator.TenantUrl, "--app-id", simulator.AppId,
            "--workers", "1", "--listen", "127.0.0.1:0", "--akka-config", "fast.conf");
        await coordinator.WaitUntilAsync(c => JoinAddress().IsMatch(c.Out), TimeSpan.FromSeconds(60), "the coordinator listening");
        using var worker = ChildProcess.Start(new Dictionary<string, string> { ["fast.conf"] = FastFailureDetection }, "worker", "--join", JoinAddress().Match(coordinator.Out).Groups[1].Value, "--akka-config", "fast.conf");
        await coordinator.WaitUntilAsync(c => Regex.IsMatch(c.Out, @"\[\d+s/1m\].*sessions 4/4"), TimeSpan.FromSeconds(60), "4 customers chatting");

        coordinator.Signal(ChildProcess.SigKill);
        var took = await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));

        output.WriteLine(worker.Out + worker.Error);
        Assert.Equal(2, worker.ExitCode);
        Assert.Contains("the coordinator was lost", worker.Out + worker.Error);

        // Bounded: detection (3 s pause + 2 s stable-after) + the 5 s grace period + shutdown, far below the plan's minute.
        Assert.True(took < TimeSpan.FromSeconds(40), $"took {took}");
        var reportPath = Assert.Single(Directory.GetFiles(Path.Combine(worker.Directory, "reports"), "report.json", SearchOption.AllDirectories));
        Assert.Contains("-worker1", reportPath);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() >= 4);
    }

    [GeneratedRegex(@"worker --join (127\.0\.0\.1:\d+)")]
    private static partial Regex JoinAddress();
}
