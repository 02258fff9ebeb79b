using System.Globalization;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Cli.Progress;
using ChatSwarm.Cli.Logging;
using ChatSwarm.Client;
using ChatSwarm.Monitoring;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using Spectre.Console;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// <c>chatswarm run</c>: loads the profile and its bots, starts the target (the embedded simulator by default), runs
/// the swarm with the live console, and writes every report format into the run folder, also after Ctrl+C.
/// </summary>
internal static partial class RunCommandHandler
{
    private const string Prefix = "chatswarm run: ";

    public static async Task<int> ExecuteAsync(RunArguments arguments, CliContext context)
    {
        if (!RunArgumentParser.TryParse(arguments, out var request, out var argumentError))
        {
            return Usage(context, argumentError!);
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
            profile = LoadProfileLoader.Load(profilePath).WithOverrides(request.Overrides, Environment.GetEnvironmentVariable);
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

        var seed = profile.Seed ?? Random.Shared.Next(1, int.MaxValue);
        var startedAt = DateTimeOffset.Now;
        var runDirectory = Path.GetFullPath(ReportPaths.RunDirectory(Path.Combine(context.CurrentDirectory, request.OutRoot), startedAt, profile.Name));
        try
        {
            Directory.CreateDirectory(runDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Usage(context, $"--out: cannot create the run folder '{runDirectory}': {ex.Message}");
        }

        var live = context.Interactive;
        using var log = RunLog.Create(runDirectory, live ? null : context.Out);
        RunTarget target;
        try
        {
            target = await RunTarget.StartAsync(profile, seed, context.StopNow).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FaultPlanException or ArgumentException or IOException)
        {
            log.ForContext(RunLog.ShownAtEndProperty, true).Error("target could not start: {Error}", ex.Message);
            return Usage(context, OneLine(ex.Message));
        }

        await using (target.ConfigureAwait(false))
        {
            log.Information(
                "profile {Profile} from {Path}; target {Target} (tenantUrl {TenantUrl}, appId {AppId}, embedded simulator {EmbeddedSimulator}); seed {Seed}; run folder {RunFolder}",
                profile.Name,
                profilePath,
                target.ClientOptions.BaseAddress,
                target.ClientOptions.TenantUrl,
                ClientIds.Mask(target.ClientOptions.AppId),
                target.Simulator is not null,
                seed,
                runDirectory);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Running '{profile.Name}' against {(target.Simulator is null ? target.ClientOptions.BaseAddress.ToString() : $"the embedded simulator at {target.ClientOptions.BaseAddress}")} for {Bots.Timing.DurationParser.Format(profile.TotalDuration)} (seed {seed}); Ctrl+C ends the chats and writes the report, twice stops at once."));

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
            using var client = MessagingClient.Create(target.ClientOptions with { PollTimeout = profile.Simulator.PollHold + TimeSpan.FromSeconds(30) });
            var metrics = new SwarmMetrics(TimeProvider.System);
            var options = new SwarmRunOptions
            {
                Profile = profile,
                Client = client,
                Metrics = metrics,
                Scripts = scripts,
                Seed = seed,
                RunId = Path.GetFileName(runDirectory).Replace('.', '-').Replace('_', '-'),
            };

            SwarmRunResult result;
            using (CrashReport.Arm(runDirectory, () => FallbackResult(options, metrics, startedAt, seed).Report, context.Error))
            {
                result = await RunSwarmAsync(options, context, log, live, monitor).ConfigureAwait(false)
                    ?? FallbackResult(options, metrics, startedAt, seed);
            }

            if (target.Simulator is { } simulator)
            {
                var stats = simulator.GetStats();
                log.Information("simulator: {Sessions} sessions, {Polls} polls served, {Violations} concurrent-poll violations", stats.SessionsCreated, stats.PollsServed, stats.ConcurrentPollViolations);
            }

            var exitCode = await FinishAsync(result, runDirectory, context, log).ConfigureAwait(false);
            await LingerAsync(monitor, Path.Combine(runDirectory, "report.html"), monitorRequest!.Linger, context).ConfigureAwait(false);
            return exitCode;
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
            Report = metrics.BuildReport(info, []),
            Thresholds = [],
            StoppedEarly = true,
            StopReason = "the run failed unexpectedly",
            ExitCode = SwarmExitCode.SetupError,
        };
    }

    private static async Task<int> FinishAsync(SwarmRunResult result, string runDirectory, CliContext context, Serilog.ILogger log)
    {
        var files = await ReportWriter.WriteAllAsync(result.Report, runDirectory, null, CancellationToken.None).ConfigureAwait(false);
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
            $"Sessions: {sessions.Started} started, {sessions.Completed} completed, {sessions.Failed} failed, {sessions.Restarts} restarts, peak {sessions.PeakConcurrent}; concurrent-poll errors {result.Report.Polls.ConcurrentPollErrors}."));
        context.Out.WriteLine("Report: " + files.Html);
        log.Information("reports written to {RunFolder}; exit code {ExitCode}", runDirectory, result.ExitCode);
        return result.ExitCode;
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
