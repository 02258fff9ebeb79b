namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// Settings applied on top of a profile by <see cref="LoadProfile.WithOverrides"/>, already parsed and checked by the
/// caller; null leaves the profile's value.
/// <para>
/// <see cref="Sessions"/> scales the load shape: every closed-model session count (ramp from/to, constant sessions) and every
/// arrival rate is multiplied by N / peak, where peak is the largest closed-model session count of the profile, or, for a
/// profile with only arrival phases, the number of sessions its phases start in total. The session cap, if any, scales by
/// the same factor. So 200 sessions on a profile that peaks at 50 sessions runs the same shape at four times the load.
/// </para>
/// <para>
/// <see cref="Duration"/> replaces the total duration: every phase is stretched or shrunk by T / (profile's total duration),
/// so the shape is kept and the phases together last exactly T.
/// </para>
/// </summary>
public sealed record LoadProfileOverrides
{
    /// <summary>The Messaging API base URL (an absolute http(s) URL) replacing target.base_url; default null.</summary>
    public OverrideValue<Uri>? BaseAddress { get; init; }

    /// <summary>The tenantUrl value (not empty) replacing target.tenant_url; default null.</summary>
    public OverrideValue<string>? TenantUrl { get; init; }

    /// <summary>The appId value (not empty) replacing target.app_id; default null.</summary>
    public OverrideValue<string>? AppId { get; init; }

    /// <summary>Where else than the profile a missing tenantUrl can be given, named by the error that asks for it; default null (the profile only).</summary>
    public string? TenantUrlElsewhere { get; init; }

    /// <summary>Where else than the profile a missing appId can be given, named by the error that asks for it; default null (the profile only).</summary>
    public string? AppIdElsewhere { get; init; }

    /// <summary>Peak sessions (at least 1), scaling the phases as described on the type; default null.</summary>
    public int? Sessions { get; init; }

    /// <summary>Total duration (positive), stretching the phases as described on the type; default null.</summary>
    public TimeSpan? Duration { get; init; }
}
