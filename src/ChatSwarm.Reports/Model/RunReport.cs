namespace ChatSwarm.Reports.Model;

/// <summary>The root of report.json: everything a run produced, from which every other format is rendered.</summary>
public sealed record RunReport
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Schema version of the file; default <see cref="CurrentSchemaVersion"/>.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Run identity, target and machine; required.</summary>
    public required RunInfo Run { get; init; }

    /// <summary>Session counters; default all zero.</summary>
    public SessionStats Sessions { get; init; } = new();

    /// <summary>Per API method statistics; default empty.</summary>
    public IReadOnlyList<StepStats> Steps { get; init; } = [];

    /// <summary>Errors grouped by step, code and message; default empty.</summary>
    public IReadOnlyList<ErrorStats> Errors { get; init; } = [];

    /// <summary>Long-poll statistics; default all zero.</summary>
    public PollStats Polls { get; init; } = new();

    /// <summary>Chat experience distributions; default empty.</summary>
    public ChatStats Chat { get; init; } = new();

    /// <summary>Per bot script counters; default empty.</summary>
    public IReadOnlyList<BotStats> Bots { get; init; } = [];

    /// <summary>Counts per widget lifecycle event name; default empty.</summary>
    public IReadOnlyDictionary<string, long> Lifecycle { get; init; } = new Dictionary<string, long>();

    /// <summary>Per interval samples in time order; default empty.</summary>
    public IReadOnlyList<TimelinePoint> Timeline { get; init; } = [];

    /// <summary>Threshold outcomes; default empty.</summary>
    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];

    /// <summary>Kept transcripts (first failed and slowest conversations) written beside the report; default empty.</summary>
    public IReadOnlyList<TranscriptLink> Transcripts { get; init; } = [];

    /// <summary>The load profile as loaded (phases, mix, thresholds); null in reports written before it was embedded.</summary>
    public ProfileSummary? LoadProfile { get; init; }

    /// <summary>The workers of a run spread over several processes, in plan order; default empty (a one-process run).</summary>
    public IReadOnlyList<WorkerStats> Workers { get; init; } = [];
}
