using System.Globalization;
using ChatSwarm.Cli.Cluster;
using ChatSwarm.Cli.Logging;
using ChatSwarm.Cli.Progress;
using ChatSwarm.Client;
using ChatSwarm.Cluster.Content;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Monitoring;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Transcripts;
using Spectre.Console;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// <c>chatswarm run --workers N --listen HOST:PORT</c>: the coordinator of a cluster run. Loads and checks the profile and
/// bots here (so a typo fails before any worker is involved), probes the tenant, waits for the workers, sends them the
/// files, and writes one merged report in every format, as a one-process run does.
/// </summary>
internal static partial class RunCommandHandler
{
    private static async Task<int> ExecuteCoordinatorAsync(
        RunArguments arguments, RunRequest request, CoordinatorRequest cluster, string profilePath, LoadProfile profile, int seed, ActorSystemOptions actorSystem, MonitorRequest monitorRequest, CliContext context)
    {
        if (profile.Target.BaseAddress is not { } baseAddress)
        {
            return Usage(context, "--workers: a cluster run needs a tenant every worker can reach (--tenant, CHATSWARM_TENANT or target.base_url); for a local rehearsal start one with 'chatswarm simulate'");
        }

        var connection = arguments.Connection ?? ConnectionArguments.None;
        RunTarget target;
        try
        {
            target = await RunTarget.StartAsync(profile, seed, context.StopNow).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            return Usage(context, "target: " + OneLine(ex.Message));
        }

        await using var targetScope = target.ConfigureAwait(false);
        var clientOptions = ClientOptionsFor(target.ClientOptions, embedded: false, profile);
        if (!connection.TryApply(clientOptions, out clientOptions, out var connectionError))
        {
            return Usage(context, connectionError!);
        }

        if (clientOptions.SkipCertificateValidation)
        {
            context.Error.WriteLine(Prefix + ConnectionArguments.InsecureWarning);
        }

        using (var probeClient = MessagingClient.Create(clientOptions))
        {
            string? probeFailure;
            try
            {
                probeFailure = await SetupProbe.ProbeAsync(probeClient, "chatswarm-probe-" + RunIds.RandomPartOf(RunIds.Create(DateTimeOffset.UtcNow)), CliSettingNames.Run, TimeProvider.System, context.StopGracefully).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Usage(context, "stopped before the run started");
            }

            if (probeFailure is not null)
            {
                return Usage(context, probeFailure);
            }
        }

        var caCert = connection.CaCert?.FullName;
        IReadOnlyList<ContentFile> files;
        try
        {
            files = ContentBundle.Collect(new[] { profilePath, profile.Customers?.Path, caCert }.Concat(profile.Mix.Select(m => m.ScriptPath)).OfType<string>());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Usage(context, "cannot read the files to send to the workers: " + OneLine(ex.Message));
        }

        string runId;
        string runDirectory;
        var startedAt = DateTimeOffset.Now;
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
        log.Information(
            "cluster run {RunId}: profile {Profile} from {Path}; target {Target} (tenantUrl {TenantUrl}, appId {AppId}); seed {Seed}; {Workers} worker(s) at {Listen}; {Files} file(s) for the workers in {RunFolder}",
            runId, profile.Name, profilePath, SafeUrl.Display(baseAddress), clientOptions.TenantUrl, ClientIds.Mask(clientOptions.AppId), seed, cluster.Workers, cluster.Listen, files.Count, runDirectory);

        var assignment = new WorkAssignment
        {
            RunId = runId,
            Seed = seed,
            ProfilePath = profilePath,
            BaseAddress = baseAddress.ToString(),
            TenantUrl = clientOptions.TenantUrl,
            AppId = clientOptions.AppId,
            Sessions = request.Overrides.Sessions,
            DurationMs = request.Overrides.Duration is { } duration ? (long)duration.TotalMilliseconds : null,
            Insecure = connection.Insecure,
            CaCertPath = caCert,
            Proxy = connection.Proxy?.OriginalString,
            Files = files,
        };

        IClusterCoordinator coordinator;
        try
        {
            coordinator = ClusterCoordinator.Start(new CoordinatorOptions
            {
                Cluster = new ClusterOptions { Role = ClusterRole.Coordinator, Listen = cluster.Listen, Hocon = actorSystem.Hocon },
                Workers = cluster.Workers,
                JoinTimeout = cluster.JoinTimeout,
                Profile = profile,
                Assignment = assignment,
                Target = baseAddress,
                Log = log.ForContext(RunLog.FileOnlyProperty, true),
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Usage(context, $"--listen: cannot listen on {cluster.Listen}: {OneLine(ex.InnerException?.Message ?? ex.Message)}");
        }

        await using var coordinatorScope = coordinator.ConfigureAwait(false);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Coordinating '{profile.Name}' against {SafeUrl.Display(baseAddress)} for {Configuration.Timing.DurationParser.Format(profile.TotalDuration)} (seed {seed}, run {runId}): waiting for {cluster.Workers} worker(s) at {coordinator.Address} ('chatswarm worker --join {coordinator.Address}'); Ctrl+C or SIGTERM ends every worker's chats and writes the report, twice stops at once."));

        RunMonitor? monitor;
        try
        {
            monitor = await StartMonitorAsync(monitorRequest, profile, context, log).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            return Usage(context, "live export: " + OneLine(ex.Message));
        }

        await using var monitorScope = monitor;
        var outcome = await CoordinateAsync(coordinator, context, log, live, monitor).ConfigureAwait(false);
        if (outcome.Run is not { } result)
        {
            var problem = outcome.WorkersJoined is { } joined
                ? string.Create(CultureInfo.InvariantCulture, $"--workers {cluster.Workers}: only {joined} worker(s) joined {coordinator.Address} within {Configuration.Timing.DurationParser.Format(cluster.JoinTimeout)} (--join-timeout); start them with 'chatswarm worker --join {coordinator.Address}'")
                : outcome.SetupError ?? "the cluster run did not start";
            log.ForContext(RunLog.ShownAtEndProperty, true).Error("cluster run did not start: {Problem}", problem);
            return Usage(context, problem);
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

        foreach (var worker in result.Report.Workers)
        {
            log.Information(
                "worker {Index} {Name}: {Sessions} sessions, {Requests} requests, {Errors} errors, CPU {Cpu} s, peak RSS {Rss} bytes{Left}",
                worker.Index + 1, worker.Name, worker.Sessions, worker.Requests, worker.Errors, worker.CpuSeconds, worker.PeakRssBytes, worker.LeftReason is null ? "" : "; lost: " + worker.LeftReason);
        }

        result = result with { Report = result.Report with { LoadProfile = profile.ToSummary() } };
        var transcripts = new TranscriptKeeper(new TranscriptKeeperOptions { Count = 0 });
        var exitCode = await FinishAsync(result, runDirectory, context, log, request.JunitPath, transcripts).ConfigureAwait(false);
        await LingerAsync(monitor, Path.Combine(runDirectory, "report.html"), monitorRequest.Linger, context).ConfigureAwait(false);
        return exitCode;
    }

    private static async Task<ClusterRunResult> CoordinateAsync(IClusterCoordinator coordinator, CliContext context, Serilog.ILogger log, bool live, ISwarmObserver? monitor)
    {
        if (!live)
        {
            var plain = new PlainConsoleObserver(context.Out, log, TimeSpan.FromSeconds(5));
            return await coordinator.RunAsync(SwarmObservers.Combine(plain, monitor), context.StopGracefully, context.StopNow).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        var observer = new LiveConsoleObserver(log);
        ClusterRunResult? result = null;
        await console.Live(observer.Render()).AutoClear(false).StartAsync(async ctx =>
        {
            observer.Attach(ctx);
            result = await coordinator.RunAsync(SwarmObservers.Combine(observer, monitor), context.StopGracefully, context.StopNow).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result!;
    }
}
