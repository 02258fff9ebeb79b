namespace ChatSwarm.Cli.Run;

/// <summary><c>chatswarm run</c>'s argument and options, each already parsed by its option; null when not given.</summary>
/// <param name="Profile">The profile path or name; null for the default (loadprofiles/smoke.yaml).</param>
/// <param name="Tenant">--tenant: the Messaging API base URL.</param>
/// <param name="TenantUrl">--tenant-url: the tenantUrl value.</param>
/// <param name="AppId">--app-id: the appId value.</param>
/// <param name="Sessions">--sessions: the peak session count to scale to (at least 1).</param>
/// <param name="Duration">--duration: the total duration to stretch to (positive).</param>
/// <param name="Out">--out: the folder under which the run folder is created.</param>
/// <param name="Seed">--seed: the run seed.</param>
/// <param name="Connection">--ca-cert, --insecure and --proxy; null for none.</param>
/// <param name="Junit">--junit: where to write the JUnit XML report, or null.</param>
/// <param name="AkkaConfig">--akka-config: a HOCON file laid over the built-in Akka settings, or null.</param>
internal sealed record RunArguments(
    string? Profile,
    Uri? Tenant = null,
    string? TenantUrl = null,
    string? AppId = null,
    int? Sessions = null,
    TimeSpan? Duration = null,
    DirectoryInfo? Out = null,
    int? Seed = null,
    ConnectionArguments? Connection = null,
    FileInfo? Junit = null,
    FileInfo? AkkaConfig = null)
{
    /// <summary>The live-export options (--metrics-listen, --otlp, --web, --web-linger); default none.</summary>
    public MonitorArguments Monitoring { get; init; } = MonitorArguments.None;

    /// <summary>The cluster options (--workers, --listen, --join-timeout); default none (a one-process run).</summary>
    public Cluster.ClusterRunArguments Cluster { get; init; } = ChatSwarm.Cli.Cluster.ClusterRunArguments.None;
}
