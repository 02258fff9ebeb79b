using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// A load test as written in loadprofiles/*.yaml: target, phases, session mix, think times, backoff and thresholds.
/// Read one with <see cref="LoadProfileLoader"/>; apply command-line and environment settings with <see cref="WithOverrides"/>.
/// </summary>
public sealed partial record LoadProfile : IValidatableOptions
{
    /// <summary>Profile name (the file's name: key, else its file name without extension); default "profile".</summary>
    public string Name { get; init; } = "profile";

    /// <summary>Optional one-line description; default null.</summary>
    public string? Description { get; init; }

    /// <summary>Path of the file the profile came from (used in messages and to resolve relative paths); default empty.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Where traffic goes; default the embedded simulator.</summary>
    public TargetSettings Target { get; init; } = new();

    /// <summary>Embedded simulator settings, used only when <see cref="TargetSettings.BaseAddress"/> is null; default the simulator defaults.</summary>
    public EmbeddedSimulatorSettings Simulator { get; init; } = new();

    /// <summary>Phases in run order; at least one; default empty (invalid until set).</summary>
    public IReadOnlyList<LoadPhase> Phases { get; init; } = [];

    /// <summary>Cap on the total number of sessions started in the run; null means no cap; default null.</summary>
    public int? MaxSessions { get; init; }

    /// <summary>Bot scripts by weight; default empty, but <see cref="LoadProfileLoader"/> fills in bots/greeting-and-question.yaml (weight 1) when the file has no mix.</summary>
    public IReadOnlyList<ScriptWeight> Mix { get; init; } = [];

    /// <summary>Customer think time between bot steps, unless a script sets its own; default constant 1 s.</summary>
    public DelayDistribution ThinkTime { get; init; } = DelayDistribution.Constant(TimeSpan.FromSeconds(1));

    /// <summary>A customer ends its chat after this long; null means the chat runs until the bot or server ends it; default null.</summary>
    public TimeSpan? MaxSessionDuration { get; init; }

    /// <summary>Supervisor restart backoff; default 0.5 s to 30 s, random factor 0.2, 8 retries.</summary>
    public BackoffSettings Backoff { get; init; } = new();

    /// <summary>Pass/fail criteria checked live and at the end; default none.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>How often thresholds are checked during the run; default 5 s.</summary>
    public TimeSpan ThresholdCheckInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether a threshold failing during the run stops it early; default false.</summary>
    public bool AbortOnThresholdFailure { get; init; }

    /// <summary>Whether each customer calls Check Availability before requesting a chat; default true.</summary>
    public bool CheckAvailability { get; init; } = true;

    /// <summary>Whether each customer calls Close Case after its chat ends; default false.</summary>
    public bool CloseCase { get; init; }

    /// <summary>Whether each customer fetches its case history after its chat ends; default false.</summary>
    public bool CaseHistory { get; init; }

    /// <summary>Customers per supervisor actor, so no single parent holds the whole swarm; default 1000.</summary>
    public int CustomersPerSupervisor { get; init; } = 1000;

    /// <summary>A CSV of customers whose columns replace generated customer data and fill {{customer.COLUMN}}; default null (all generated).</summary>
    public CustomerFeedSettings? Customers { get; init; }

    /// <summary>
    /// How many transcripts a run keeps of each kind: the first N failed conversations and the N slowest, written to
    /// the run folder's transcripts/ and linked from the report; 0 keeps none; default 20.
    /// </summary>
    public int Transcripts { get; init; } = 20;

    /// <summary>How long customers get to end their chats after Ctrl+C or the end of the last phase; default 10 s.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Run seed for every random choice of the swarm; null picks one at random; default null.</summary>
    public int? Seed { get; init; }

    /// <summary>
    /// Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>, each prefixed
    /// with <see cref="SourcePath"/> when set. Profiles from <see cref="LoadProfileLoader"/> are already valid (their
    /// errors carry file:line); this checks profiles built or changed in code.
    /// </summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(SourcePath.Length > 0 ? SourcePath + ": " : "", FindProblems());

    /// <summary>Every reason the profile cannot run, one line each naming the profile field (max_sessions, phases[0], ...); empty when it can.</summary>
    /// <returns>The problems.</returns>
    public IEnumerable<string> FindProblems()
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return "name must not be empty";
        if (Target is null) yield return "target must be set";
        if (Simulator is null) yield return "simulator must be set";
        else foreach (var problem in Simulator.FindProblems()) yield return problem;
        if (Phases is null || Phases.Count == 0) yield return "phases must list at least one phase";
        for (int i = 0; i < (Phases?.Count ?? 0); i++)
        {
            if (Phases![i] is not { } phase) yield return $"phases[{i}] must be set";
            else foreach (var problem in phase.FindProblems()) yield return $"phases[{i}] {problem}";
        }

        if (MaxSessions is < 1) yield return $"max_sessions must be at least 1, got {MaxSessions}";
        if (Mix is null || Mix.Count == 0) yield return "mix must list at least one bot script";
        for (int i = 0; i < (Mix?.Count ?? 0); i++)
        {
            if (Mix![i] is null || string.IsNullOrWhiteSpace(Mix[i].ScriptPath)) yield return $"mix[{i}].script must be set";
            else if (!(Mix[i].Weight > 0) || double.IsInfinity(Mix[i].Weight)) yield return $"mix[{i}].weight must be a positive number, got {Mix[i].Weight}";
        }

        if (ThinkTime is null) yield return "think_time must be set";
        if (MaxSessionDuration is { } max && max <= TimeSpan.Zero) yield return "max_session_duration must be positive";
        if (Backoff is null) yield return "backoff must be set";
        else foreach (var problem in Backoff.FindProblems()) yield return problem;
        if (Thresholds is null) yield return "thresholds must not be null";
        if (ThresholdCheckInterval <= TimeSpan.Zero) yield return "threshold_check_interval must be positive";
        if (CustomersPerSupervisor < 1) yield return $"customers_per_supervisor must be at least 1, got {CustomersPerSupervisor}";
        if (GracePeriod < TimeSpan.Zero) yield return "grace_period must not be negative";
        if (Transcripts is < 0 or > 1000) yield return $"transcripts must be between 0 and 1000, got {Transcripts}";
    }

    /// <summary>Total length of all phases.</summary>
    public TimeSpan TotalDuration => Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Duration);
}
