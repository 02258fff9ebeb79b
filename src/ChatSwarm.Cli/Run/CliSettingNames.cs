using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Run;

/// <summary>The options and variables of <c>chatswarm run</c> and <c>worker</c> that a run's advice ("check …") points at.</summary>
internal static class CliSettingNames
{
    /// <summary>The names for <c>chatswarm run</c> (and the workers of a cluster run).</summary>
    public static SettingNames Run { get; } = new()
    {
        BaseAddress = "--tenant",
        TenantUrl = $"--tenant-url (or {TargetOverrides.TenantUrlVariable})",
        AppId = $"--app-id (or {TargetOverrides.AppIdVariable})",
        TrustedAuthority = "--ca-cert FILE",
        SkipVerification = "--insecure",
        Proxy = "--proxy",
        Sessions = "--sessions",
        Simulator = "chatswarm simulate",
    };
}
