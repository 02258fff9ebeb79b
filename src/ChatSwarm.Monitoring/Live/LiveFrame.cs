using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Monitoring.Live;

/// <summary>What the exports show at one moment: the runner's latest progress and the threshold status it implies.</summary>
/// <param name="Progress">The runner's latest progress (its metrics snapshot included).</param>
/// <param name="Thresholds">Each threshold evaluated against that snapshot.</param>
/// <param name="Finished">True once the run ended and its report is written.</param>
/// <param name="ReportPath">The HTML report's path once written, else null.</param>
internal sealed record LiveFrame(SwarmProgress Progress, IReadOnlyList<ThresholdResult> Thresholds, bool Finished, string? ReportPath);
