namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// Command-line settings applied on top of a profile by <see cref="LoadProfile.WithOverrides"/>; null leaves the profile's value.
/// <para>
/// <see cref="Sessions"/> scales the load shape: every closed-model session count (ramp from/to, constant sessions) and every
/// arrival rate is multiplied by N / peak, where peak is the largest closed-model session count of the profile, or, for a
/// profile with only arrival phases, the number of sessions its phases start in total. The session cap, if any, scales by
/// the same factor. So <c>--sessions 200</c> on a profile that peaks at 50 sessions runs the same shape at four times the load.
/// </para>
/// <para>
/// <see cref="Duration"/> replaces the total duration: every phase is stretched or shrunk by T / (profile's total duration),
/// so the shape is kept and the phases together last exactly T.
/// </para>
/// </summary>
public sealed record LoadProfileOverrides
{
    /// <summary>Messaging API base URL (--tenant); wins over CHATSWARM_TENANT; default null.</summary>
    public string? BaseAddress { get; init; }

    /// <summary>tenantUrl value (--tenant-url); wins over CHATSWARM_TENANT_URL; default null.</summary>
    public string? TenantUrl { get; init; }

    /// <summary>appId value (--app-id); wins over CHATSWARM_APP_ID; default null.</summary>
    public string? AppId { get; init; }

    /// <summary>Peak sessions (--sessions N), scaling the phases as described on the type; default null.</summary>
    public int? Sessions { get; init; }

    /// <summary>Total duration (--duration T), stretching the phases as described on the type; default null.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Run seed (--seed S); default null.</summary>
    public int? Seed { get; init; }
}
