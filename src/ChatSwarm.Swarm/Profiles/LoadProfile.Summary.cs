using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>The profile as the report embeds it.</summary>
public sealed partial record LoadProfile
{
    /// <summary>Describes this profile for the report: phases in words, mix by file name, thresholds as written.</summary>
    /// <returns>The summary.</returns>
    public ProfileSummary ToSummary() => new()
    {
        Name = Name,
        Description = Description ?? "",
        Phases = Phases.Select(p => p.Describe()).ToList(),
        Mix = Mix.Select(m => new MixEntry { Script = Path.GetFileName(m.ScriptPath), Weight = m.Weight }).ToList(),
        Thresholds = Thresholds.Select(t => t.Expression).ToList(),
        MaxSessions = MaxSessions,
        PlannedDurationS = TotalDuration.TotalSeconds,
    };
}
