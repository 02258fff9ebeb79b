namespace ChatSwarm.Reports.Model;

/// <summary>The load profile a run used, as loaded (after command-line overrides), embedded in the report.</summary>
public sealed record ProfileSummary
{
    /// <summary>The profile's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The profile's description, or empty.</summary>
    public string Description { get; init; } = "";

    /// <summary>The phases in order, each described in words (e.g. "ramp 0 → 50 sessions over 10s").</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];

    /// <summary>The session mix: scripts with their weights.</summary>
    public IReadOnlyList<MixEntry> Mix { get; init; } = [];

    /// <summary>The thresholds as written.</summary>
    public IReadOnlyList<string> Thresholds { get; init; } = [];

    /// <summary>The cap on sessions started, or null for none.</summary>
    public int? MaxSessions { get; init; }

    /// <summary>Total planned duration of the phases, in seconds.</summary>
    public double PlannedDurationS { get; init; }
}
