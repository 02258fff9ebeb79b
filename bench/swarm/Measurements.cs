using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Bench.Swarm;

/// <summary>One measurement: CPU per poll and memory per session of this process over the window.</summary>
public sealed record Measurement(string Mode, int Sessions, long Polls, double WindowSeconds, double CpuMs, long RssDeltaBytes, long ConcurrentPollErrors, long PeakRssBytes = 0, double JitMs = 0, long AllocatedBytes = 0, int Gen0 = 0, int Gen1 = 0, int Gen2 = 0)
{
    public double CpuMsPerPoll => Polls == 0 ? double.NaN : CpuMs / Polls;

    /// <summary>CPU per poll without the time the JIT spent compiling in the window (warm-up, not steady-state work).</summary>
    public double CpuMsPerPollWithoutJit => Polls == 0 ? double.NaN : (CpuMs - JitMs) / Polls;

    public double RssKbPerSession => RssDeltaBytes / 1024.0 / Sessions;

    public double PollsPerSecond => Polls / WindowSeconds;

    public double AllocatedBytesPerPoll => Polls == 0 ? double.NaN : (double)AllocatedBytes / Polls;
}

internal static class Measurements
{
    private const string TenantUrl = "sim.chatswarm.local";
    private const string AppId = "chatswarm-sim";
    /// <summary>
    /// Seconds between every session polling and the window: BENCH_SETTLE_SECONDS, default 5. Code that runs once a second
    /// (the run's tick, the exports) needs 30 calls before the runtime compiles it optimized, so a short settle measures that
    /// warm-up, not the steady state.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("BENCH_SETTLE_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var settle) ? settle : 5);

    /// <summary>The floor: one task per session with a bare HttpClient doing Request Chat once, then Get New Chat Events in a loop.</summary>
    public static async Task<Measurement> FloorAsync(Uri baseAddress, int sessions, TimeSpan window)
    {
        var baseline = RetainedRss();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100_000, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2) })
        {
            BaseAddress = new Uri(baseAddress, "clientweb/api/v2/"),
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("MobileClient");
        long polls = 0;
        using var stop = new CancellationTokenSource();
        var ready = 0;
        var loops = Enumerable.Range(0, sessions).Select(i => Task.Run(async () =>
        {
            var auth = $"MOBILE-API-140-327-PLAIN appId=\"{AppId}\", clientId=\"floor-{i}\"";
            using var create = new HttpRequestMessage(HttpMethod.Post, "chats?tenantUrl=" + TenantUrl) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            create.Headers.TryAddWithoutValidation("Authorization", auth);
            using var created = await http.SendAsync(create, stop.Token);
            using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(stop.Token));
            var pollUri = "chats/" + body.RootElement.GetProperty("chat_id").GetString() + "/events?tenantUrl=" + TenantUrl;
            Interlocked.Increment(ref ready);
            while (!stop.IsCancellationRequested)
            {
                using var poll = new HttpRequestMessage(HttpMethod.Get, pollUri);
                poll.Headers.TryAddWithoutValidation("Authorization", auth);
                try
                {
                    using var response = await http.SendAsync(poll, stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    Interlocked.Increment(ref polls);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        })).ToArray();

        while (Volatile.Read(ref ready) < sessions)
        {
            await Task.Delay(100);
        }

        var result = await MeasureWindowAsync("floor", sessions, window, baseline, () => Interlocked.Read(ref polls), () => 0);
        await stop.CancelAsync();
        await Task.WhenAll(loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));
        return result;
    }

    /// <summary>
    /// ChatSwarm: the same sessions as customer actors under supervisors, through the real client and metrics. With
    /// <paramref name="export"/>, every live export is on: /metrics and the dashboard served (the parent scrapes and
    /// reads them) and OTLP pushed every second to the parent's sink.
    /// </summary>
    public static async Task<Measurement> SwarmAsync(Uri baseAddress, int sessions, TimeSpan window, ChatSwarm.Monitoring.MonitoringOptions? export = null)
    {
        var baseline = RetainedRss();
        using var client = MessagingClient.Create(new MessagingClientOptions { BaseAddress = baseAddress, TenantUrl = TenantUrl, AppId = AppId });
        var metrics = new SwarmMetrics(TimeProvider.System);
        var profile = new LoadProfile
        {
            Name = "bench",
            Phases = [new ConstantPhase(sessions, TimeSpan.FromHours(1))],
            CheckAvailability = false,
            GracePeriod = TimeSpan.Zero,
        };
        var options = new SwarmRunOptions
        {
            Profile = profile,
            Client = client,
            Metrics = metrics,
            Scripts = [new SwarmScript("queued", 1, _ => new QueuedCustomer())],
            Seed = profile.Seed ?? 1,
        };
        using var stopNow = new CancellationTokenSource();
        await using var monitor = export is null ? null : await ChatSwarm.Monitoring.RunMonitor.StartAsync(export, stopNow.Token);
        var run = new SwarmRunner().RunAsync(options, monitor, stopNow.Token, stopNow.Token);
        while (metrics.Snapshot().ActiveSessions < sessions)
        {
            await Task.Delay(100);
        }

        long Polls() => metrics.Snapshot().Steps.FirstOrDefault(s => s.Method == ApiMethod.GetNewChatEvents)?.Calls ?? 0;
        var result = await MeasureWindowAsync(export is null ? "swarm" : "swarm-export", sessions, window, baseline, Polls, () => metrics.Snapshot().ConcurrentPollErrors);
        await stopNow.CancelAsync();
        await run;
        return result;
    }

    private static async Task<Measurement> MeasureWindowAsync(string mode, int sessions, TimeSpan window, long baselineRss, Func<long> polls, Func<long> concurrentPollErrors)
    {
        // Every session has issued its first poll; let the loops settle into the steady hold-and-return rhythm.
        await Task.Delay(Settle);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var jit0 = CompilationMs();
        var polls0 = polls();
        var allocated0 = GC.GetTotalAllocatedBytes(precise: false);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        await Task.Delay(window);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var jit = CompilationMs() - jit0;
        var pollCount = polls() - polls0;
        var elapsed = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocated0;
        gen0 = GC.CollectionCount(0) - gen0;
        gen1 = GC.CollectionCount(1) - gen1;
        gen2 = GC.CollectionCount(2) - gen2;
        var rss = RetainedRss() - baselineRss;
        return new Measurement(mode, sessions, pollCount, elapsed, cpu.TotalMilliseconds, rss, concurrentPollErrors(), PeakRss(Environment.ProcessId), jit, allocated, gen0, gen1, gen2);
    }

    /// <summary>
    /// Time the JIT spent compiling so far, on every thread: tier-0 code for methods run the first time and the optimized
    /// recompilation of methods that ran often enough (the runtime's tiered compilation). That is warm-up, not work per poll.
    /// </summary>
    private static double CompilationMs() => System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds;

    /// <summary>The peak resident set of a running process (VmHWM), or 0 once it is gone.</summary>
    public static long PeakRss(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has exited.
        }

        return 0;
    }

    /// <summary>RSS after a full, compacting, decommitting GC: what the sessions retain, not how far the heap happened to grow between collections.</summary>
    private static long RetainedRss()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return Rss();
    }

    private static long Rss()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
