using System.Globalization;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Whether a plan fits the process's open-file limit: every live session holds about one socket (its long poll; the
/// other calls reuse pooled connections), the embedded simulator holds the server side of each, and the process needs
/// some descriptors of its own. A plan that cannot fit is refused before it starts instead of melting down mid-run.
/// </summary>
public static class SocketBudget
{
    /// <summary>
    /// Descriptors kept for the process itself: a .NET process holds one per loaded assembly, pipes and logs (about 250
    /// for a run), and running out mid-run breaks the runtime rather than one request.
    /// </summary>
    public const int Spare = 1024;

    /// <summary>The sessions the plan may hold open at once: the closed-model peak, or for arrival phases the arrivals that fit in one longest session (when max_session_duration bounds it); never more than the session cap.</summary>
    /// <param name="profile">The profile (overrides applied).</param>
    /// <returns>The estimated peak of concurrent sessions.</returns>
    public static long PeakSessions(LoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var plan = LoadPlan.Create(profile);
        double peak = plan.PeakConcurrent;
        // Without a session length limit an open phase's peak is unknown; only what is certain refuses a plan.
        var longest = profile.MaxSessionDuration?.TotalSeconds ?? 0;
        foreach (var phase in plan.Phases)
        {
            if (phase is ArrivalPhase arrival && longest > 0)
            {
                peak = Math.Max(peak, Math.Min(arrival.RatePerSecond * longest, arrival.RatePerSecond * arrival.Duration.TotalSeconds));
            }
        }

        if (plan.MaxSessions is { } cap)
        {
            peak = Math.Min(peak, cap);
        }

        return (long)Math.Ceiling(Math.Min(peak, long.MaxValue / 4));
    }

    /// <summary>Descriptors the plan needs at its peak.</summary>
    /// <param name="peakSessions">From <see cref="PeakSessions"/>.</param>
    /// <param name="embeddedSimulator">Whether the simulator runs in the same process (it holds the other end of every socket).</param>
    /// <returns>The count.</returns>
    public static long Needed(long peakSessions, bool embeddedSimulator) => (peakSessions * (embeddedSimulator ? 2 : 1)) + Spare;

    /// <summary>
    /// The most connections the client may open to its target under <paramref name="limit"/>: beyond the polls, a
    /// conversation's sends open more connections while the tenant is slow, and running out of descriptors mid-run breaks
    /// the runtime itself, so past this many a request waits for a pooled connection instead (its wait is in its latency).
    /// </summary>
    /// <param name="limit">The open-file soft limit, null when unknown.</param>
    /// <param name="embeddedSimulator">Whether the simulator runs in the same process (it holds the other end of every socket).</param>
    /// <param name="unlimited">The count when the limit is unknown (the client's own default).</param>
    /// <returns>At least 1.</returns>
    public static int MaxConnections(long? limit, bool embeddedSimulator, int unlimited)
    {
        if (limit is not { } max)
        {
            return unlimited;
        }

        var connections = (max - Spare) / (embeddedSimulator ? 2 : 1);
        return (int)Math.Clamp(connections, 1, unlimited);
    }

    /// <summary>The one-line refusal when the plan cannot fit under <paramref name="limit"/>, or null when it fits (or the limit is unknown).</summary>
    /// <param name="peakSessions">From <see cref="PeakSessions"/>.</param>
    /// <param name="embeddedSimulator">Whether the simulator runs in the same process.</param>
    /// <param name="limit">The open-file soft limit, null when unknown.</param>
    /// <param name="names">How the caller's users name the session count; null for <see cref="SettingNames.Default"/>.</param>
    /// <returns>The message, or null.</returns>
    public static string? Check(long peakSessions, bool embeddedSimulator, long? limit, SettingNames? names = null)
    {
        if (limit is not { } max)
        {
            return null;
        }

        var needed = Needed(peakSessions, embeddedSimulator);
        if (needed <= max)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"the plan needs about {needed} open files at its peak ({peakSessions} concurrent sessions, one socket each{(embeddedSimulator ? " plus the embedded simulator's end of each" : "")}, plus {Spare} spare) but this process may open only {max} (ulimit -n); raise the limit (ulimit -n {needed}), lower {(names ?? SettingNames.Default).Sessions}, or split the run over several processes");
    }
}
