using System.CommandLine;
using ChatSwarm.Cli.Cluster;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Commands;

/// <summary><c>chatswarm run [PROFILE]</c>: runs a load profile (default loadprofiles/smoke.yaml against the embedded simulator).</summary>
internal static class RunCommand
{
    /// <summary>Builds the command; <paramref name="context"/> supplies the writers and the Ctrl+C tokens.</summary>
    public static Command Create(CliContext context)
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Load profile YAML (path, or a name in loadprofiles/); default loadprofiles/smoke.yaml against the embedded simulator.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var cwd = context.CurrentDirectory;
        var tenant = TypedOption.HttpUrl("--tenant", "Messaging API base URL of a real tenant (or CHATSWARM_TENANT); omit for the embedded simulator.", TargetOverrides.TenantExpected);
        var tenantUrl = TypedOption.Text("--tenant-url", "tenantUrl value, e.g. yourcompany.brightpattern.com (or CHATSWARM_TENANT_URL).", TargetOverrides.TenantUrlExpected);
        var appId = TypedOption.Text("--app-id", "The chat scenario entry's appId (or CHATSWARM_APP_ID).", TargetOverrides.AppIdExpected);
        var sessions = TypedOption.WholeNumber("--sessions", "Scale the load by N / peak: peak is the profile's largest closed-model session count (or, with only arrival phases, the sessions it starts in total); session counts, arrival rates and the session cap all scale.", 1, int.MaxValue, "a whole number of sessions of at least 1");
        var duration = TypedOption.Duration("--duration", "Stretch or shrink every phase by T / the profile's total, so the phases last exactly T, e.g. 30s or 5m.", CliDefaults.ShortestDuration, CliDefaults.LongestRun);
        var output = TypedOption.Folder("--out", "Folder under which the run folder <yyyy-MM-dd_HH.mm.ss>_<profile>_<random>/ is created (default reports).", cwd);
        var seed = CliDefaults.Seed("Run seed (customer data, script mix, arrivals, simulator).");
        var caCert = ConnectionArguments.CaCertOption(cwd);
        var insecure = new Option<bool>("--insecure") { Description = "Do not verify the tenant's TLS certificate (self-signed staging only; warned at start and recorded in the report)." };
        var proxy = ConnectionArguments.ProxyOption();
        var akkaConfig = AkkaConfigFile.CreateOption(cwd);
        var junit = TypedOption.File("--junit", "Also write a JUnit XML test report to FILE for CI: one test case per threshold and per bot script's expectations.", cwd, "a file path for the JUnit XML report, e.g. junit.xml");
        var metricsListen = MonitorArgumentParser.ListenOption("--metrics-listen", "Serve Prometheus metrics at http://HOST:PORT/metrics for the whole run, e.g. 127.0.0.1:9464 (port 0 picks a free one).");
        var otlp = TypedOption.HttpUrl("--otlp", "Push metrics over OTLP/HTTP (protobuf) to this endpoint, e.g. http://127.0.0.1:4318 (or OTEL_EXPORTER_OTLP_ENDPOINT).", MonitorArgumentParser.OtlpExpected);
        var web = MonitorArgumentParser.ListenOption("--web", "Serve a live dashboard at http://HOST:PORT/ (updates every second; links the HTML report at the end), e.g. 127.0.0.1:5665.");
        var webLinger = TypedOption.Duration("--web-linger", "Keep the dashboard and /metrics up this long after the report is written, e.g. 5m (default 0s; Ctrl+C ends it).", TimeSpan.Zero);
        var workers = TypedOption.WholeNumber("--workers", "Cluster run: be the coordinator of N workers ('chatswarm worker --join HOST:PORT'), each running its share of the plan; needs --listen and a tenant (--tenant or target.base_url).", 1, ClusterArgumentParser.MaxWorkers, $"a whole number of workers from 1 to {ClusterArgumentParser.MaxWorkers}");
        var listen = ClusterArgumentParser.EndpointOption("--listen", "With --workers: the coordinator's cluster address HOST:PORT that workers join (port 0 picks a free one, printed at start).");
        var joinTimeout = TypedOption.Duration("--join-timeout", "With --workers: how long to wait for all workers to join before giving up with exit code 2, e.g. 2m (default 60s).", CliDefaults.ShortestDuration);

        var command = new Command(
            "run",
            "Run a load profile: simulated chat customers with one long poll each, live progress, and a report in five formats. "
            + "Exit codes: 0 every threshold held; 1 a threshold failed (or, with --workers, a worker was lost mid-run); 2 bad input or a setup error, including a run stopped early "
            + "because most customers failed with the same authentication error (e.g. a wrong --app-id).")
        {
            profile, tenant, tenantUrl, appId, sessions, duration, output, seed, caCert, insecure, proxy, junit, akkaConfig, metricsListen, otlp, web, webLinger, workers, listen, joinTimeout,
        };
        command.SetAction((parseResult, _) => RunCommandHandler.ExecuteAsync(
            new RunArguments(
                parseResult.GetValue(profile),
                parseResult.GetValue(tenant),
                parseResult.GetValue(tenantUrl),
                parseResult.GetValue(appId),
                parseResult.GetValue(sessions),
                parseResult.GetValue(duration),
                parseResult.GetValue(output),
                parseResult.GetValue(seed),
                new ConnectionArguments(parseResult.GetValue(caCert), parseResult.GetValue(insecure), parseResult.GetValue(proxy)),
                parseResult.GetValue(junit),
                parseResult.GetValue(akkaConfig))
            {
                Monitoring = new MonitorArguments(parseResult.GetValue(metricsListen), parseResult.GetValue(otlp), parseResult.GetValue(web), parseResult.GetValue(webLinger)),
                Cluster = new ClusterRunArguments(parseResult.GetValue(workers), parseResult.GetValue(listen), parseResult.GetValue(joinTimeout)),
            },
            context));
        return command;
    }
}
