using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ChatSwarm.Bench.Swarm;

// chatswarm swarm benchmark. Three modes:
//   smoke CHATSWARM_DLL SESSIONS
//       the whole smoke scenario through `chatswarm run` against the simulator in its own process, and the floor's
//       long polls alone at the same count: peak RSS of each. Two tenants: the one the smoke profile describes (its
//       `simulator:` block, 25 agents x 3 chats, so 75 customers chat and the rest wait in the queue), and one with an
//       agent seat for every customer (SESSIONS / 3 agents x 3 chats, so every customer chats at once).
//   all CHATSWARM_DLL [sessions...] [--window 30s] [--poll-hold 5s] [--settle 5s] [--repeat 1]
//       for each session count: start the simulator in its own process (agents 0, so every chat stays queued and
//       every customer just long-polls), measure the raw HttpClient floor in a child process, restart the simulator,
//       measure ChatSwarm customers in a child process, then print the table. With --repeat N the floor and ChatSwarm
//       are measured N times each, alternating, and the table shows the medians (the floor alone moves by ±15 % from
//       one measurement to the next on a shared 2-core machine, more than the difference being measured).
//       ChatSwarm is measured twice, without and with every live export (Prometheus scraped each second, dashboard
//       streamed, OTLP pushed each second), so the export's cost is read from the same run.
//   measure floor|swarm|swarm-export URL SESSIONS WINDOW_SECONDS [METRICS_PORT WEB_PORT OTLP_URL]
//       one measurement in this process; prints one JSON line.
var inv = CultureInfo.InvariantCulture;
if (args.Length >= 5 && args[0] == "measure")
{
    var mode = args[1];
    var url = new Uri(args[2]);
    var sessions = int.Parse(args[3], inv);
    var window = TimeSpan.FromSeconds(double.Parse(args[4], inv));
    var result = mode switch
    {
        "floor" => await Measurements.FloorAsync(url, sessions, window),
        "swarm-export" => await Measurements.SwarmAsync(url, sessions, window, new ChatSwarm.Monitoring.MonitoringOptions
        {
            MetricsListen = new ChatSwarm.Monitoring.ListenAddress("127.0.0.1", int.Parse(args[5], inv)),
            WebListen = new ChatSwarm.Monitoring.ListenAddress("127.0.0.1", int.Parse(args[6], inv)),
            OtlpEndpoint = new Uri(args[7]),
            OtlpExportInterval = TimeSpan.FromSeconds(1),
            ProfileName = "bench",
        }),
        _ => await Measurements.SwarmAsync(url, sessions, window),
    };
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

if (args.Length < 2 || (args[0] != "all" && args[0] != "smoke"))
{
    Console.Error.WriteLine("usage: bench all|smoke CHATSWARM_DLL [sessions...] [--window 30s] [--poll-hold 5s] [--settle 5s] [--repeat 1]");
    return 2;
}

var chatswarmDll = Path.GetFullPath(args[1]);
var counts = new List<int>();
var windowSeconds = 30.0;
var pollHold = "5s";
var repeat = 1;
for (var i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--window":
            windowSeconds = double.Parse(args[++i].TrimEnd('s'), inv);
            break;
        case "--poll-hold":
            pollHold = args[++i];
            break;
        case "--repeat":
            repeat = int.Parse(args[++i], inv);
            break;
        case "--settle":
            // Read by the measuring children (they inherit the environment).
            Environment.SetEnvironmentVariable("BENCH_SETTLE_SECONDS", args[++i].TrimEnd('s'));
            break;
        default:
            counts.Add(int.Parse(args[i], inv));
            break;
    }
}

var self = Environment.ProcessPath!;
var selfDll = typeof(Measurements).Assembly.Location;
if (args[0] == "smoke")
{
    return await SmokeAsync(chatswarmDll, counts.Count > 0 ? counts[0] : 10_000);
}

if (counts.Count == 0)
{
    counts.AddRange([1000, 5000, 10000]);
}

var rows = new List<(int Sessions, Measurement Floor, Measurement Swarm, Measurement Export, double Ratio)>();
var rounds = new List<(int Sessions, int Round, Measurement Floor, Measurement Swarm)>();
foreach (var sessions in counts)
{
    var floors = new List<Measurement>();
    var swarms = new List<Measurement>();
    for (var round = 1; round <= repeat; round++)
    {
        var floorRound = await MeasureWithSimulatorAsync("floor", sessions);
        var swarmRound = await MeasureWithSimulatorAsync("swarm", sessions);
        floors.Add(floorRound);
        swarms.Add(swarmRound);
        rounds.Add((sessions, round, floorRound, swarmRound));
        Console.Error.WriteLine(string.Create(inv, $"{sessions} round {round}: floor {floorRound.CpuMsPerPoll:0.000} ms/poll {floorRound.RssKbPerSession:0.0} KB/session; swarm {swarmRound.CpuMsPerPoll:0.000} ms/poll {swarmRound.RssKbPerSession:0.0} KB/session"));
    }

    var export = await MeasureWithSimulatorAsync("swarm-export", sessions);
    var floor = Median(floors);
    var swarm = Median(swarms);

    // The ratio of the medians: each side's typical figure, so one unlucky measurement on either side does not set it.
    rows.Add((sessions, floor, swarm, export, swarm.CpuMsPerPoll / floor.CpuMsPerPoll));
    Console.Error.WriteLine(string.Create(inv, $"{sessions}: floor {floor.CpuMsPerPoll:0.000} ms/poll {floor.RssKbPerSession:0.0} KB/session; swarm {swarm.CpuMsPerPoll:0.000} ms/poll {swarm.RssKbPerSession:0.0} KB/session; with export {export.CpuMsPerPoll:0.000} ms/poll"));
}

Console.WriteLine();
Console.WriteLine(string.Create(inv, $"window {windowSeconds:0}s per point, simulator poll hold {pollHold}, agents 0 (every chat stays queued; customers only long-poll), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
if (repeat > 1)
{
    Console.WriteLine(string.Create(inv, $"floor and ChatSwarm measured {repeat} times each, alternating; each figure below is the median measurement of its side (by CPU per poll)"));
}

Console.WriteLine("| sessions | floor CPU-ms/poll | ChatSwarm CPU-ms/poll | ratio | floor RSS KB/session | ChatSwarm RSS KB/session | ratio | floor polls/s | ChatSwarm polls/s | ChatSwarm 5509s | allocated B/poll (floor / ChatSwarm) | GCs gen0/1/2 (floor / ChatSwarm) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (sessions, floor, swarm, _, ratio) in rows)
{
    Console.WriteLine(string.Create(inv,
        $"| {sessions} | {floor.CpuMsPerPoll:0.000} | {swarm.CpuMsPerPoll:0.000} | {ratio:0.00}× | {floor.RssKbPerSession:0.0} | {swarm.RssKbPerSession:0.0} | {swarm.RssKbPerSession / floor.RssKbPerSession:0.00}× | {floor.PollsPerSecond:0} | {swarm.PollsPerSecond:0} | {swarm.ConcurrentPollErrors} | {floor.AllocatedBytesPerPoll:0} / {swarm.AllocatedBytesPerPoll:0} | {floor.Gen0}/{floor.Gen1}/{floor.Gen2} / {swarm.Gen0}/{swarm.Gen1}/{swarm.Gen2} |"));
}

if (repeat > 1)
{
    Console.WriteLine();
    Console.WriteLine("| sessions | round | floor CPU-ms/poll | ChatSwarm CPU-ms/poll | ratio | floor RSS KB/session | ChatSwarm RSS KB/session | ChatSwarm 5509s |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (sessions, round, floor, swarm) in rounds)
    {
        Console.WriteLine(string.Create(inv,
            $"| {sessions} | {round} | {floor.CpuMsPerPoll:0.000} | {swarm.CpuMsPerPoll:0.000} | {swarm.CpuMsPerPoll / floor.CpuMsPerPoll:0.00}× | {floor.RssKbPerSession:0.0} | {swarm.RssKbPerSession:0.0} | {swarm.ConcurrentPollErrors} |"));
    }
}

Console.WriteLine();
Console.WriteLine("| sessions | ChatSwarm CPU-ms/poll, export off | export on | on / off | JIT ms/s off / on | on / off without JIT | RSS KB/session off | on | polls/s off / on | 5509s on |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (sessions, _, swarm, export, _) in rows)
{
    Console.WriteLine(string.Create(inv,
        $"| {sessions} | {swarm.CpuMsPerPoll:0.000} | {export.CpuMsPerPoll:0.000} | {export.CpuMsPerPoll / swarm.CpuMsPerPoll:0.000}× | {swarm.JitMs / swarm.WindowSeconds:0} / {export.JitMs / export.WindowSeconds:0} | {export.CpuMsPerPollWithoutJit / swarm.CpuMsPerPollWithoutJit:0.000}× | {swarm.RssKbPerSession:0.0} | {export.RssKbPerSession:0.0} | {swarm.PollsPerSecond:0} / {export.PollsPerSecond:0} | {export.ConcurrentPollErrors} |"));
}

return 0;

async Task<Measurement> MeasureWithSimulatorAsync(string mode, int sessions)
{
    var port = FreePort();
    var url = $"http://127.0.0.1:{port}";
    using var simulator = Start("dotnet", [chatswarmDll, "simulate", "--urls", url, "--agents", "0", "--poll-hold", pollHold]);
    ExportConsumers? consumers = null;
    try
    {
        await WaitForListeningAsync(simulator);
        string[] measureArgs = ["measure", mode, url + "/", sessions.ToString(inv), windowSeconds.ToString(inv)];
        if (mode == "swarm-export")
        {
            // Prometheus, the browser and the collector are other processes in real use: here, this parent process.
            int metricsPort = FreePort(), webPort = FreePort();
            consumers = await ExportConsumers.StartAsync(metricsPort, webPort, FreePort());
            measureArgs = [.. measureArgs, metricsPort.ToString(inv), webPort.ToString(inv), consumers.OtlpUrl.ToString()];
        }

        // ChatSwarm runs with the `chatswarm` process's runtime settings (src/ChatSwarm.Cli/ChatSwarm.Cli.csproj); the floor
        // keeps .NET's defaults, its best case.
        using var child = Start(
            self,
            self.EndsWith("dotnet", StringComparison.Ordinal) ? [selfDll, .. measureArgs] : measureArgs,
            mode == "floor" ? null : ("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit", "0"));
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        if (consumers is not null)
        {
            Console.Error.WriteLine($"{sessions} with export: {consumers.Summary}");
        }

        return JsonSerializer.Deserialize<Measurement>(line)!;
    }
    finally
    {
        if (consumers is not null)
        {
            await consumers.DisposeAsync();
        }

        simulator.Kill(entireProcessTree: true);
        await simulator.WaitForExitAsync();
    }
}

// The whole smoke scenario (bots, agents answering, forms, ends) at SESSIONS customers through `chatswarm run` against
// the simulator in its own process, against the floor's long polls alone at the same count: peak RSS of each process.
// Twice: against the tenant the smoke profile describes, and against one with a seat for every customer.
async Task<int> SmokeAsync(string cli, int sessions)
{
    var floor = await MeasureWithSimulatorAsync("floor", sessions);

    // The smoke profile's `simulator:` block (25 agents x 3 chats, 5 s hold); `chatswarm simulate` takes the seats and the
    // hold from flags and keeps its default agent think time (1-4 s) and exchanges (5) for both tenants.
    var profileTenant = await SmokeRunAsync(cli, sessions, agents: 25);
    var everyoneChatting = await SmokeRunAsync(cli, sessions, agents: (sessions + 2) / 3);
    Console.WriteLine();
    Console.WriteLine(string.Create(inv, $"smoke scenario at {sessions:N0} sessions, simulator in its own process (chats per agent 3, poll hold 5s), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
    Console.WriteLine("| tenant | floor peak RSS (long polls only) | chatswarm run peak RSS (whole smoke scenario) | ratio | run |");
    Console.WriteLine("|---|---:|---:|---:|---|");
    foreach (var (tenant, peak, summary) in new[]
    {
        ("the profile's: 25 agents x 3 chats", profileTenant.Peak, profileTenant.Summary),
        (string.Create(inv, $"a seat per customer: {(sessions + 2) / 3:N0} agents x 3 chats"), everyoneChatting.Peak, everyoneChatting.Summary),
    })
    {
        Console.WriteLine(string.Create(inv, $"| {tenant} | {floor.PeakRssBytes / 1048576.0:0} MB | {peak / 1048576.0:0} MB | {(double)peak / floor.PeakRssBytes:0.00}x | {summary} |"));
    }

    return 0;
}

async Task<(long Peak, string Summary)> SmokeRunAsync(string cli, int sessions, int agents)
{
    var port = FreePort();
    var url = $"http://127.0.0.1:{port}";
    using var simulator = Start("dotnet", [cli, "simulate", "--urls", url, "--agents", agents.ToString(inv), "--chats-per-agent", "3", "--poll-hold", "5s"]);
    try
    {
        await WaitForListeningAsync(simulator);
        var reports = Path.Combine(Path.GetTempPath(), "chatswarm-bench-smoke-" + Guid.NewGuid().ToString("N"));
        using var run = Start("dotnet", [cli, "run", "smoke", "--sessions", sessions.ToString(inv), "--tenant", url + "/",
            "--tenant-url", "sim.chatswarm.local", "--app-id", "chatswarm-sim", "--out", reports]);
        var output = run.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!run.HasExited)
        {
            peak = Math.Max(peak, Measurements.PeakRss(run.Id));
            await Task.Delay(250);
        }

        var summary = (await output).Split('\n').LastOrDefault(l => l.StartsWith("Sessions:", StringComparison.Ordinal)) ?? "(no summary)";
        Directory.Delete(reports, recursive: true);
        Console.Error.WriteLine(string.Create(inv, $"smoke, {agents} agents: peak {peak / 1048576.0:0} MB; {summary.Trim()}"));
        return (peak, summary.Trim());
    }
    finally
    {
        simulator.Kill(entireProcessTree: true);
        await simulator.WaitForExitAsync();
    }
}

static Measurement Median(List<Measurement> measurements) =>
    measurements.OrderBy(m => m.CpuMsPerPoll).ElementAt((measurements.Count - 1) / 2);

static Process Start(string file, string[] arguments, (string Name, string Value)? variable = null)
{
    var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
    if (variable is { } v)
    {
        info.Environment[v.Name] = v.Value;
    }

    foreach (var argument in arguments)
    {
        info.ArgumentList.Add(argument);
    }

    return Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
}

static async Task WaitForListeningAsync(Process simulator)
{
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    while (await simulator.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
    {
        if (line.Contains("listening", StringComparison.OrdinalIgnoreCase))
        {
            // Keep draining so the simulator never blocks on a full pipe.
            _ = simulator.StandardOutput.ReadToEndAsync();
            return;
        }
    }

    throw new InvalidOperationException("the simulator exited before listening");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
