using ChatSwarm.Cluster.Content;

namespace ChatSwarm.Cluster.Wire;

/// <summary>
/// What the coordinator sends each worker before the start: its share, the run's identity, the target as the coordinator
/// resolved it, and the profile with every file it and its bot scripts reference, so the worker needs no local copy.
/// </summary>
public sealed record WorkAssignment
{
    /// <summary>The worker's index in the plan split, 0-based; default 0.</summary>
    public int Index { get; init; }

    /// <summary>How many workers share the run; default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The one run id every worker uses (part of every clientId); default empty.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The run seed; default 0.</summary>
    public int Seed { get; init; }

    /// <summary>The profile's path on the coordinator (the worker finds it among <see cref="Files"/>); default empty.</summary>
    public string ProfilePath { get; init; } = "";

    /// <summary>The Messaging API base URL as the coordinator resolved it; default null.</summary>
    public string? BaseAddress { get; init; }

    /// <summary>The tenantUrl as the coordinator resolved it; default null.</summary>
    public string? TenantUrl { get; init; }

    /// <summary>The appId as the coordinator resolved it; default null.</summary>
    public string? AppId { get; init; }

    /// <summary>--sessions as given to the coordinator; default null.</summary>
    public int? Sessions { get; init; }

    /// <summary>--duration as given to the coordinator, in milliseconds; default null.</summary>
    public long? DurationMs { get; init; }

    /// <summary>Whether the coordinator skips TLS certificate verification; default false.</summary>
    public bool Insecure { get; init; }

    /// <summary>The extra trusted CA certificate's path on the coordinator (the file is among <see cref="Files"/>); default null.</summary>
    public string? CaCertPath { get; init; }

    /// <summary>The coordinator's HTTP proxy URL; default null.</summary>
    public string? Proxy { get; init; }

    /// <summary>The files the run needs, by their path on the coordinator; default empty.</summary>
    public IReadOnlyList<ContentFile> Files { get; init; } = [];
}
