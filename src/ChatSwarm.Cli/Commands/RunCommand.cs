using System.CommandLine;
using ChatSwarm.Cli.Cluster;
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
        var tenant = new Option<string>("--tenant") { Description = "Messaging API base URL of a real tenant (or CHATSWARM_TENANT); omit for the embedded simulator." };
        var tenantUrl = new Option<string>("--tenant-url") { Description = "tenantUrl value, e.g. yourcompany.brightpattern.com (or CHATSWARM_TENANT_URL)." };
        var appId = new Option<string>("--app-id") { Description = "The chat scenario entry's appId (or CHATSWARM_APP_ID)." };
        var sessions = new Option<string>("--sessions") { Description = "Scale the load by N / peak: peak is the profile's largest closed-model session count (or, with only arrival phases, the sessions it starts in total); session counts, arrival rates and the session cap all scale." };
        var duration = new Option<string>("--duration") { Description = "Stretch or shrink every phase by T / the profile's total, so the phases last exactly T, e.g. 30s or 5m." };
        var output = new Option<string>("--out") { Description = "Folder under which the run folder <yyyy-MM-dd_HH.mm.ss>_<profile>_<random>/ is created (default reports)." };
        var seed = new Option<string>("--seed") { Description = "Run seed (customer data, script mix, arrivals, simulator)." };
        var caCert = new Option<string>("--ca-cert") { Description = "Also trust this CA certificate (PEM or DER) for the tenant's TLS certificate, e.g. a staging CA." };
        var insecure = new Option<bool>("--insecure") { Description = "Do not verify the tenant's TLS certificate (self-signed staging only; warned at start and recorded in the report)." };
        var proxy = new Option<string>("--proxy") { Description = "HTTP proxy URL (default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment)." };
        var akkaConfig = new Option<string>("--akka-config") { Description = AkkaConfigFile.Description };
        var junit = new Option<string>("--junit") { Description = "Also write a JUnit XML test report to FILE for CI: one test case per threshold and per bot script's expectations." };
        var metricsListen = new Option<string>("--metrics-listen") { Description = "Serve Prometheus metrics at http://HOST:PORT/metrics for the whole run, e.g. 127.0.0.1:9464 (port 0 picks a free one)." };
        var otlp = new Option<string>("--otlp") { Description = "Push metrics over OTLP/HTTP (protobuf) to this endpoint, e.g. http://127.0.0.1:4318 (or OTEL_EXPORTER_OTLP_ENDPOINT)." };
        var web = new Option<string>("--web") { Description = "Serve a live dashboard at http://HOST:PORT/ (updates every second; links the HTML report at the end), e.g. 127.0.0.1:5665." };
        var webLinger = new Option<string>("--web-linger") { Description = "Keep the dashboard and /metrics up this long after the report is written, e.g. 5m (default 0s; Ctrl+C ends it)." };
        var workers = new Option<string>("--workers") { Description = "Cluster run: be the coordinator of N workers ('chatswarm worker --join HOST:PORT'), each running its share of the plan; needs --listen and a tenant (--tenant or target.base_url)." };
        var listen = new Option<string>("--listen") { Description = "With --workers: the coordinator's cluster address HOST:PORT that workers join (port 0 picks a free one, printed at start)." };
        var joinTimeout = new Option<string>("--join-timeout") { Description = "With --workers: how long to wait for all workers to join before giving up with exit code 2, e.g. 2m (default 60s)." };

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
