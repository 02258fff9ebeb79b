using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatSwarm.EndToEnd.Tests.Run;
using ChatSwarm.EndToEnd.Tests.Signals;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Testing;
using Xunit.Abstractions;

namespace ChatSwarm.EndToEnd.Tests.Faults;

/// <summary>
/// The fault suite: a storm of 5000/5001 on every method, latency spikes, and the tenant killed and restarted mid-run.
/// Each prints its figures (recorded in bench/RESULTS.md, "Fault suite").
/// </summary>
public sealed class FaultSuiteEndToEndTests(ITestOutputHelper output)
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

    [Fact]
    public async Task Run_TenPercentStormOf5000And5001OnEveryMethod_AtLeast99PercentOfConversationsComplete()
    {
        const string plan = """
            seed: 5
            rules:
              - {method: "*", fault: 5000, probability: 0.05}
              - {method: "*", fault: 5001, probability: 0.05}
            """;

        var figures = await RunEmbeddedAsync(plan);

        Assert.Equal(0, figures.ConcurrentPollErrors);
        Assert.True(figures.Count5000 + figures.Count5001 > 0, "the storm injected nothing");
        Assert.True(figures.CompletionRate >= 0.99, $"{figures.Completed} of {figures.Conversations} conversations completed");
    }

    [Fact]
    public async Task Run_LatencySpikesOnEveryMethod_ConversationsCompleteAndTheSpikesShowInTheLatency()
    {
        const string plan = """
            seed: 6
            rules:
              - {method: "*", fault: latency, probability: 0.1, latency: 1500ms}
            """;

        var figures = await RunEmbeddedAsync(plan);

        Assert.Equal(0, figures.ConcurrentPollErrors);
        Assert.True(figures.CompletionRate >= 0.99, $"{figures.Completed} of {figures.Conversations} conversations completed");
        Assert.True(figures.MaxRequestChatMs >= 1500 || figures.MaxSendEventsMs >= 1500, $"no spike visible: request_chat max {figures.MaxRequestChatMs} ms, send_events max {figures.MaxSendEventsMs} ms");
    }

    [Fact]
    public async Task Run_TenantKilledWithSigkillAndRestartedMidRun_EverySessionAccountedForAndNoConcurrentPolls()
    {
        // The tenant is a real `chatswarm simulate` process, killed with SIGKILL (no graceful close of any connection)
        // and started again on the same address 3 s later, as a crashed and restarted tenant would be.
        var url = $"http://127.0.0.1:{FreePort()}";
        using var tenant = ChildProcess.Start("simulate", "--urls", url, "--agents", "10", "--chats-per-agent", "3", "--poll-hold", "2s", "--seed", "3");
        await tenant.WaitUntilAsync(c => c.Out.Contains("listening", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(60), "the tenant listening");
        using var run = ChildProcess.Start(
            new Dictionary<string, string>
            {
                ["s.yaml"] = Script,
                ["p.yaml"] = """
                    name: restart
                    phases:
                      - constant: {sessions: 12, duration: 24s}
                    mix:
                      - {script: s.yaml, weight: 1}
                    backoff: {min: 200ms, max: 2s, random_factor: 0.2, max_retries: 20}
                    grace_period: 15s
                    """,
            },
            "run", "p.yaml", "--tenant", url + "/", "--tenant-url", "sim.chatswarm.local", "--app-id", "chatswarm-sim", "--seed", "4");
        await run.WaitUntilAsync(c => System.Text.RegularExpressions.Regex.IsMatch(c.Out, @"sessions 1[0-2]/12 "), TimeSpan.FromSeconds(90), "12 customers chatting");

        tenant.Signal(ChildProcess.SigKill);
        await tenant.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var outage = Stopwatch.StartNew();
        await Wait.UntilAsync(() => outage.Elapsed >= TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), "three seconds of outage");
        await using var second = await SimulatorHost.StartAsync(new SimulatorOptions { Agents = 10, ChatsPerAgent = 3, PollHold = TimeSpan.FromSeconds(2), Seed = 3 }, [url]);
        await run.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        var reportPath = Assert.Single(Directory.GetFiles(Path.Combine(run.Directory, "reports"), "report.json", SearchOption.AllDirectories));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        var sessions = report.RootElement.GetProperty("sessions");
        var started = sessions.GetProperty("started").GetInt64();
        var completed = sessions.GetProperty("completed").GetInt64();
        var failed = sessions.GetProperty("failed").GetInt64();
        var endedByRun = sessions.GetProperty("ended_by_run").GetInt64();
        var lost = sessions.GetProperty("lost").GetInt64();
        var abandoned = sessions.GetProperty("abandoned").GetInt64();
        var stats = second.GetStats();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SIGKILL restart: second tenant {stats.SessionsCreated} sessions; run: {started} started, {completed} completed, {endedByRun} ended by the run, {lost} lost, {failed} failed, {abandoned} abandoned at the end, restarts {sessions.GetProperty("restarts").GetInt64()}; 5509: {Count(report, 5509)}"));
        Assert.Equal(0, report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
        Assert.Equal(0, Count(report, 5509));
        Assert.Equal(0, stats.ConcurrentPollViolations);
        Assert.True(stats.SessionsCreated > 0, "no customer came back after the restart");
        Assert.True(sessions.GetProperty("restarts").GetInt64() > 0, "the kill restarted no customer");
        Assert.True(completed > 0, run.Out);
        Assert.True(completed + endedByRun + lost + failed + abandoned == started, $"sessions unaccounted for: {started} started, {completed} completed, {endedByRun} ended by the run, {lost} lost, {failed} failed, {abandoned} abandoned");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<Figures> RunEmbeddedAsync(string faultPlan)
    {
        FaultPlanLoader.Parse(faultPlan);
        using var run = new CliRun();
        await File.WriteAllTextAsync(Path.Combine(run.Directory, "s.yaml"), Script);
        await File.WriteAllTextAsync(Path.Combine(run.Directory, "f.yaml"), faultPlan);
        await File.WriteAllTextAsync(Path.Combine(run.Directory, "p.yaml"), """
            name: storm
            simulator:
              agents: 20
              chats_per_agent: 3
              poll_hold: 2s
              agent_think_time: {min: 200ms, max: 800ms}
              exchanges_per_chat: 10
              faults: f.yaml
              seed: 7
            phases:
              - arrival: {rate: 5, duration: 30s}
            max_sessions: 50
            mix:
              - {script: s.yaml, weight: 1}
            think_time: {uniform: [200ms, 600ms]}
            backoff: {min: 200ms, max: 2s, random_factor: 0.2, max_retries: 20}
            grace_period: 20s
            """);

        await run.InvokeAsync("run", "p.yaml", "--seed", "8");

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        var bots = report.RootElement.GetProperty("bots");
        long conversations = 0, completed = 0;
        foreach (var bot in bots.EnumerateArray())
        {
            conversations += bot.GetProperty("conversations").GetInt64();
            completed += bot.GetProperty("completed").GetInt64();
        }

        var sessions = report.RootElement.GetProperty("sessions");
        var figures = new Figures(
            conversations,
            completed,
            report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64(),
            Count(report, 5000),
            Count(report, 5001),
            MaxMs(report, "request_chat"),
            MaxMs(report, "send_events"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{conversations} conversations, {completed} completed ({figures.CompletionRate:P1}); sessions {sessions.GetProperty("started").GetInt64()} started, {sessions.GetProperty("restarts").GetInt64()} restarts; 5000 × {figures.Count5000}, 5001 × {figures.Count5001}, 5509 × {Count(report, 5509)}; max request_chat {figures.MaxRequestChatMs} ms, max send_events {figures.MaxSendEventsMs} ms"));
        return figures;
    }

    private static long Count(JsonDocument report, int code) =>
        report.RootElement.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("code").GetInt32() == code).Sum(e => e.GetProperty("count").GetInt64());

    private static double MaxMs(JsonDocument report, string step) =>
        report.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == step)
            .Select(s => s.GetProperty("latency_ms").GetProperty("max").GetDouble()).DefaultIfEmpty(0).Max();

    private sealed record Figures(long Conversations, long Completed, long ConcurrentPollErrors, long Count5000, long Count5001, double MaxRequestChatMs, double MaxSendEventsMs)
    {
        public double CompletionRate => Conversations == 0 ? 0 : (double)Completed / Conversations;
    }
}
