namespace ChatSwarm.Swarm.Running;

/// <summary>
/// How the users of the caller name the settings a run's advice points at ("check …"), so a one-line error names what
/// they can change (a command line names its options here). Each default names the typed setting itself.
/// </summary>
public sealed record SettingNames
{
    /// <summary>The neutral names.</summary>
    public static SettingNames Default { get; } = new();

    /// <summary>The Messaging API base URL; default "BaseAddress".</summary>
    public string BaseAddress { get; init; } = "BaseAddress";

    /// <summary>The tenantUrl value; default "TenantUrl".</summary>
    public string TenantUrl { get; init; } = "TenantUrl";

    /// <summary>The appId value; default "AppId".</summary>
    public string AppId { get; init; } = "AppId";

    /// <summary>An extra trusted certificate authority; default "TrustedCertificateAuthority".</summary>
    public string TrustedAuthority { get; init; } = "TrustedCertificateAuthority";

    /// <summary>Turning certificate verification off; default "SkipCertificateValidation".</summary>
    public string SkipVerification { get; init; } = "SkipCertificateValidation";

    /// <summary>The HTTP proxy; default "Proxy".</summary>
    public string Proxy { get; init; } = "Proxy";

    /// <summary>The number of concurrent sessions; default "the profile's session counts".</summary>
    public string Sessions { get; init; } = "the profile's session counts";

    /// <summary>How to start a simulated tenant; default "the simulator".</summary>
    public string Simulator { get; init; } = "the simulator";
}
