using System.Globalization;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Cli.Progress;
using ChatSwarm.Cli.Logging;
using ChatSwarm.Client;
using ChatSwarm.Client.Resources;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Reports.Model;
using ChatSwarm.Monitoring;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Transcripts;
using Spectre.Console;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// <c>chatswarm run</c>: loads the profile and its bots, starts the target (the embedded simulator by default), runs
/// the swarm with the live console, and writes every report format into the run folder, also after Ctrl+C.
/// </summary>
internal static partial class RunCommandHandler
{
    private const string Prefix = "chatswarm run: ";

    /// <summary>How long after the grace period a gracefully stopping run is given before it stops at once.</summary>
    private static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(15);

    public static async Task<int> ExecuteAsync(RunArguments arguments, CliContext context)
    {
        if (!RunRequest.TryCreate(arguments, Environment.GetEnvironmentVariable, out var request, out var argumentError))
        {
            return Usage(context, argumentError!);
        }

        if (!Cluster.ClusterArgumentParser.TryParseRun(arguments.Cluster, out var coordinatorRequest, out var clusterError))
        {
            return Usage(context, clusterError!);
        }

        if (!AkkaConfigFile.TryRead(arguments.AkkaConfig, out var actorSystem, out var akkaError))
        {
            return Usage(context, akkaError!);
        }

        if (!MonitorArgumentParser.TryParse(arguments.Monitoring, Environment.GetEnvironmentVariable, out var monitorRequest, out var monitorError))
        {
            return Usage(context, monitorError!);
        }

        var profilePath = ContentLocator.FindProfile(request!.ProfilePath, context.CurrentDirectory, context.BaseDirectory, out var lookedAt);
        if (profilePath is null)
        {
            return Usage(context, $"load profile '{request.ProfilePath ?? ContentLocator.DefaultProfile}' not found; looked at {string.Join(", ", lookedAt)}");
        }

        LoadProfile profile;
        IReadOnlyList<SwarmScript> scripts;
        try
        {
            profile = LoadProfileLoader.Load(profilePath).WithOverrides(request.Overrides);
            scripts = ScriptMix.Load(profile, context.CurrentDirectory, context.BaseDirectory);
        }
        catch (ProfileValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                context.Error.WriteLine(Prefix + error);
            }

            return SwarmExitCode.SetupError;
        }
        catch (BotScriptException ex)
        {
            return Usage(context, OneLine(ex.Message));
        }

        var seed = request.ResolveSeed(profile);
        if (coordinatorRequest is not null)
        {
            return await ExecuteCoordinatorAsync(arguments, request, coordinatorRequest, profilePath, profile, seed, actorSystem, monitorRequest!, context).ConfigureAwait(false);
        }

        var embedded = profile.Target.BaseAddress is null;
        var connection = arguments.Connection ?? ConnectionArguments.None;
        if (embedded && connection.Any)
        {
            return Usage(context, "--ca-cert, --insecure and --proxy only apply with --tenant (or a profile with target.base_url)");
        }

        if (SocketBudget.Check(SocketBudget.PeakSessions(profile), embedded, OpenFileLimit.Current(), CliSettingNames.Run) is { } budgetError)
        {
            return Usage(context, budgetError);
        }

        // A stop signal while the target starts or the probe runs stops here, before any folder exists.
        RunTarget target;
        try
        {
            target = await RunTarget.StartAsync(profile, seed, context.StopNow).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FaultPlanException or ArgumentException or IOException)
        {
            return Usage(context, "target could not start: " + OneLine(ex.Message));
        }

        await using (target.ConfigureAwait(false))
        {
            var clientOptions = ClientOptionsFor(target.ClientOptions, embedded: target.Simulator is not null, profile);
            if (!connection.TryApply(clientOptions, out clientOptions, out var connectionError))
            {
                return Usage(context, connectionError!);
            }

            if (clientOptions.SkipCertificateValidation)
            {
                context.Error.WriteLine(Prefix + ConnectionArguments.InsecureWarning);
            }

            using var client = MessagingClient.Create(clientOptions);
            string? probeFailure;
            try
            {
                probeFailure = await SetupProbe.ProbeAsync(client, "chatswarm-probe-" + RunIds.RandomPartOf(RunIds.Create(DateTimeOffset.UtcNow)), CliSettingNames.Run, TimeProvider.System, context.StopGracefully).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Usage(context, "stopped before the run started");
            }

            if (probeFailure is not null)
            {
                return Usage(context, probeFailure);
            }

            var startedAt = DateTimeOffset.Now;
            string runId;
            string runDirectory;
            try
            {
                (runId, runDirectory) = CreateRunFolder(Path.Combine(context.CurrentDirectory, request.OutRoot), startedAt, profile.Name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage(context, $"--out: cannot create a run folder under '{Path.GetFullPath(Path.Combine(context.CurrentDirectory, request.OutRoot))}': {ex.Message}");
            }

            var live = context.Interactive;
            using var log = RunLog.Create(runDirectory, live ? null : context.Out);
            var shownTarget = SafeUrl.Display(clientOptions.BaseAddress);
            log.Information(
                "profile {Profile} from {Path}; target {Target} (tenantUrl {TenantUrl}, appId {AppId}, embedded simulator {EmbeddedSimulator}, TLS {Tls}, proxy {Proxy}); seed {Seed}; run {RunId} in {RunFolder}",
                profile.Name,
                profilePath,
                shownTarget,
                clientOptions.TenantUrl,
                ClientIds.Mask(clientOptions.AppId),
                target.Simulator is not null,
                clientOptions.SkipCertificateValidation ? "NOT verified (--insecure)" : clientOptions.TrustedCertificateAuthority is null ? "verified" : "verified (with --ca-cert)",
                clientOptions.Proxy is null ? "from the environment" : SafeUrl.Display(clientOptions.Proxy),
                seed,
                runId,
                runDirectory);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Running '{profile.Name}' against {(target.Simulator is null ? shownTarget : $"the embedded simulator at {shownTarget}")} for {DurationParser.Format(profile.TotalDuration)} (seed {seed}, run {runId}); Ctrl+C or SIGTERM ends the chats and writes the report, twice stops at once."));

            RunMonitor? monitor;
            try
            {
                monitor = await StartMonitorAsync(monitorRequest!, profile, context, log).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                return Usage(context, "live export: " + OneLine(ex.Message));
            }

            await using var monitorScope = monitor;
            var metrics = new SwarmMetrics(TimeProvider.System);

            // Customers offer finished conversations here; the first failed and the slowest are written with the report.
            var transcripts = new TranscriptKeeper(new TranscriptKeeperOptions { Count = profile.Transcripts });
            var options = new SwarmRunOptions
            {
                Profile = profile,
                Client = client,
                Metrics = metrics,
                Scripts = scripts,
                Seed = seed,
                RunId = runId,
                SettingNames = CliSettingNames.Run,
                Log = log.ForContext(RunLog.FileOnlyProperty, true),
                Transcripts = transcripts,
                ActorSystem = actorSystem,
            };

            // The first stop signal ends the chats within the profile's grace period; if the run still has not finished
            // well after that (a stuck server, a slow shutdown), it stops at once so the process always exits.
            using var stopNow = CancellationTokenSource.CreateLinkedTokenSource(context.StopNow);
            using var bound = context.StopGracefully.Register(() => stopNow.CancelAfter(profile.GracePeriod + StopMargin));

            SwarmRunResult result;
            using (CrashReport.Arm(runDirectory, () => FallbackResult(options, metrics, startedAt, seed).Report, context.Error))
            {
                result = await RunSwarmAsync(options, context with { StopNow = stopNow.Token }, log, live, monitor).ConfigureAwait(false)
                    ?? FallbackResult(options, metrics, startedAt, seed);
            }

            if (target.Simulator is { } simulator)
            {
                var stats = simulator.GetStats();
                log.Information("simulator: {Sessions} sessions, {Polls} polls served, {Violations} concurrent-poll violations", stats.SessionsCreated, stats.PollsServed, stats.ConcurrentPollViolations);
            }

            result = NeverAPassWithoutChats(result);
            if (clientOptions.SkipCertificateValidation)
            {
                result = result with { Report = result.Report with { Run = result.Report.Run with { TlsVerification = RunInfo.TlsNotVerified } } };
            }
            else if (clientOptions.TrustedCertificateAuthority is not null)
            {
                result = result with { Report = result.Report with { Run = result.Report.Run with { TlsVerification = RunInfo.TlsVerifiedWithExtraCa } } };
            }

            result = result with { Report = result.Report with { LoadProfile = profile.ToSummary() } };
            var exitCode = await FinishAsync(result, runDirectory, context, log, request.JunitPath, transcripts).ConfigureAwait(false);
            await LingerAsync(monitor, Path.Combine(runDirectory, "report.html"), monitorRequest!.Linger, context).ConfigureAwait(false);
            return exitCode;
        }
    }

    /// <summary>
    /// The client's settings for a run: the embedded simulator holds polls as long as the profile says, so its polls may
    /// take that long; a real tenant's hold is the tenant's own, and the client's poll timeout stays as it is.
    /// </summary>
    internal static MessagingClientOptions ClientOptionsFor(MessagingClientOptions target, bool embedded, LoadProfile profile) =>
        embedded ? target with { PollTimeout = profile.Simulator.PollHold + TimeSpan.FromSeconds(30) } : target;

    /// <summary>
    /// A run whose customers never got a chat proves nothing about the target: it is a setup failure (exit 2), also when
    /// the profile has no thresholds. A run stopped by a signal before its first chat keeps its own outcome.
    /// </summary>
    internal static SwarmRunResult NeverAPassWithoutChats(SwarmRunResult result)
    {
        if (result.ExitCode == SwarmExitCode.SetupError || result.Interrupted)
        {
            return result;
        }

        var requestChat = result.Report.Steps.FirstOrDefault(s => s.Name == "request_chat");
        if (requestChat is { Ok: > 0 })
        {
            return result;
        }

        var failures = requestChat?.Fail ?? 0;
        var common = result.Report.Errors.OrderByDescending(e => e.Count).FirstOrDefault();
        var reason = failures == 0
            ? "no customer requested a chat (the plan started no sessions; is --duration or --sessions too small?)"
            : string.Create(CultureInfo.InvariantCulture, $"no customer got a chat ({failures} request_chat failure(s){(common is null ? "" : $", most often {common.Code} {common.Name}")})");
        return result with { ExitCode = SwarmExitCode.SetupError, StoppedEarly = true, StopReason = reason };
    }

    /// <summary>
    /// A fresh run id and its folder. The id's random part is in the folder name; a folder that already exists (another
    /// run drew the same 32 bits in the same second) is never shared: a new id is drawn.
    /// </summary>
    internal static (string RunId, string Directory) CreateRunFolder(string root, DateTimeOffset startedAt, string profileName)
    {
        while (true)
        {
            var runId = RunIds.Create(startedAt);
            var directory = Path.GetFullPath(ReportPaths.RunDirectory(root, startedAt, profileName, RunIds.RandomPartOf(runId)));
            Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
            if (Directory.Exists(directory))
            {
                continue;
            }

            Directory.CreateDirectory(directory);
            return (runId, directory);
        }
    }

    private static async Task<SwarmRunResult?> RunSwarmAsync(SwarmRunOptions options, CliContext context, Serilog.ILogger log, bool live, ISwarmObserver? monitor)
    {
        var runner = new SwarmRunner();
        try
        {
            if (!live)
            {
                var plain = new PlainConsoleObserver(context.Out, log, TimeSpan.FromSeconds(5));
                return await runner.RunAsync(options, SwarmObservers.Combine(plain, monitor), context.StopGracefully, context.StopNow).ConfigureAwait(false);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
            var observer = new LiveConsoleObserver(log);
            SwarmRunResult? result = null;
            await console.Live(observer.Render()).AutoClear(false).StartAsync(async ctx =>
            {
                observer.Attach(ctx);
                result = await runner.RunAsync(options, SwarmObservers.Combine(observer, monitor), context.StopGracefully, context.StopNow).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return result;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect in the run must not lose what was measured: the report is built from the metrics as they are.
            log.ForContext(RunLog.ShownAtEndProperty, true).Error(ex, "the run failed unexpectedly; writing the report from what was measured");
            context.Error.WriteLine(Prefix + "the run failed unexpectedly (" + OneLine(ex.Message) + "); writing what was measured");
            return null;
        }
    }

    private static SwarmRunResult FallbackResult(SwarmRunOptions options, SwarmMetrics metrics, DateTimeOffset startedAt, int seed)
    {
        var info = RunInfoFactory.Create(options.RunId ?? "run", options.Profile.Name, options.Client.Options.BaseAddress, startedAt, DateTimeOffset.Now - startedAt, seed);
        return new SwarmRunResult
        {
            Report = metrics.BuildFinalReport(info, []),
            Thresholds = [],
            StoppedEarly = true,
            StopReason = "the run failed unexpectedly",
            ExitCode = SwarmExitCode.SetupError,
        };
    }

    private static async Task<int> FinishAsync(SwarmRunResult result, string runDirectory, CliContext context, Serilog.ILogger log, string? junitPath, TranscriptKeeper transcripts)
    {
        try
        {
            result = result with { Report = result.Report with { Transcripts = await transcripts.WriteAsync(runDirectory, CancellationToken.None).ConfigureAwait(false) } };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Transcripts are extra evidence; failing to write them must not cost the report.
            context.Error.WriteLine(Prefix + "cannot write the transcripts: " + OneLine(ex.Message));
        }

        var files = await ReportWriter.WriteAllAsync(result.Report, runDirectory, null, CancellationToken.None).ConfigureAwait(false);
        if (junitPath is not null)
        {
            await WriteJUnitAsync(result, Path.Combine(context.CurrentDirectory, junitPath), context, log).ConfigureAwait(false);
        }

        foreach (var threshold in result.Thresholds)
        {
            var line = $"{(threshold.Held ? "ok  " : "FAIL")} {threshold.Expression} ({threshold.Display})";
            context.Out.WriteLine(line);
            log.ForContext(RunLog.ShownAtEndProperty, true).Write(
                threshold.Held ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Warning,
                "threshold {Expression} {Outcome}: {Display}",
                threshold.Expression,
                threshold.Held ? "held" : "failed",
                threshold.Display);
        }

        if (result.StopReason is { } reason)
        {
            var stream = result.ExitCode == SwarmExitCode.SetupError ? context.Error : context.Out;
            stream.WriteLine((result.ExitCode == SwarmExitCode.SetupError ? Prefix + "stopped early: " : "Stopped: ") + reason);
        }

        var sessions = result.Report.Sessions;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sessions: {sessions.Started} started, {sessions.Completed} completed, {sessions.EndedByRun} ended by the run, {sessions.Lost} lost, {sessions.Abandoned} abandoned, {sessions.Failed} failed, {sessions.Restarts} restarts, peak {sessions.PeakConcurrent}; concurrent-poll errors {result.Report.Polls.ConcurrentPollErrors}."));
        context.Out.WriteLine("Report: " + files.Html);
        log.Information("reports written to {RunFolder}; exit code {ExitCode}", runDirectory, result.ExitCode);
        return result.ExitCode;
    }

    private static async Task WriteJUnitAsync(SwarmRunResult result, string path, CliContext context, Serilog.ILogger log)
    {
        try
        {
            var suites = Reports.JUnit.RunJUnit.Build(result.Report, result.ExitCode == SwarmExitCode.SetupError ? result.StopReason ?? "setup error" : null);
            var written = await Reports.JUnit.JUnitXml.WriteAsync(path, "chatswarm run " + result.Report.Run.Profile, suites, CancellationToken.None).ConfigureAwait(false);
            log.Information("JUnit report written to {Path}", written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The run's reports are already on disk; a bad --junit path must not hide them or the run's verdict.
            context.Error.WriteLine(Prefix + "--junit: cannot write the file: " + OneLine(ex.Message));
        }
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine(Prefix + message);
        return SwarmExitCode.SetupError;
    }

    private static string OneLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
