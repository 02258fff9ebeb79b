using System.Globalization;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Progress;

/// <summary>The words and numbers both console modes show for a progress report.</summary>
internal static class ProgressText
{
    public static string Clock(SwarmProgress p) =>
        $"{DurationParser.Format(Round(p.Elapsed))}/{DurationParser.Format(Round(p.PlannedDuration))}";

    public static string Sessions(SwarmProgress p)
    {
        var active = p.Metrics.ActiveSessions.ToString(CultureInfo.InvariantCulture);
        if (p.TargetSessions is { } target)
        {
            return $"{active}/{target.ToString(CultureInfo.InvariantCulture)}";
        }

        return p.ArrivalRate is { } rate
            ? string.Create(CultureInfo.InvariantCulture, $"{active} (+{rate:0.##}/s)")
            : active;
    }

    public static string Rps(SwarmProgress p) => p.Metrics.RequestsPerSecond.ToString("0.0", CultureInfo.InvariantCulture);

    public static string P95(SwarmProgress p) => p.Metrics.RecentP95Ms.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string Errors(SwarmProgress p)
    {
        if (p.Metrics.ErrorsByCode.Count == 0)
        {
            return "none";
        }

        return string.Join(", ", p.Metrics.ErrorsByCode
            .OrderByDescending(e => e.Value)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key}×{e.Value}")));
    }

    public static string Plain(SwarmProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"[{Clock(p)}] {(p.Stopping ? "stopping" : $"phase {p.PhaseIndex + 1}: {p.Phase}")} | sessions {Sessions(p)} | {Rps(p)} req/s | p95 {P95(p)} | errors {Errors(p)} | restarts {p.Metrics.Sessions.Restarts}");

    private static TimeSpan Round(TimeSpan value) => TimeSpan.FromSeconds(Math.Round(value.TotalSeconds));
}
