namespace ChatSwarm.Swarm.Profiles;

/// <summary>Where the swarm sends its traffic; omitted in a profile (all null) it means the embedded simulator.</summary>
public sealed record TargetSettings
{
    /// <summary>Absolute http(s) base URL of the Messaging API (e.g. https://tenant.brightpattern.com/clientweb/api/v1/); null means the embedded simulator; default null.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>The tenantUrl query value (the tenant's host name); null lets an override (<see cref="LoadProfileOverrides.TenantUrl"/>) supply it; default null.</summary>
    public string? TenantUrl { get; init; }

    /// <summary>The Messaging/Chat scenario entry id sent as appId; null lets an override (<see cref="LoadProfileOverrides.AppId"/>) supply it; default null.</summary>
    public string? AppId { get; init; }

    /// <summary>True when no base address is set, i.e. the run starts the embedded simulator.</summary>
    public bool UsesEmbeddedSimulator => BaseAddress is null;
}
