using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// Decides when a customer that failed transiently starts again: Akka's BackoffSupervisor rule (OnFailure with auto
/// reset), kept by the customer's group so each customer is one actor instead of a supervisor and child pair.
/// Pure: the group carries the decision out on its timers.
/// </summary>
internal static class CustomerBackoff
{
    /// <summary>A healthy run this long resets the customer's backoff streak, so rare faults spread over a long chat never exhaust its retries.</summary>
    internal static readonly TimeSpan AutoResetAfter = TimeSpan.FromSeconds(10);

    /// <summary>The delay before the next incarnation, or null when the customer has spent its retries and fails.</summary>
    /// <param name="settings">The run's backoff settings.</param>
    /// <param name="streak">Restarts in the current streak, after <see cref="StreakAfter"/>.</param>
    /// <param name="random">A value in [0, 1) for the jitter.</param>
    /// <returns>The delay, or null.</returns>
    public static TimeSpan? Decide(BackoffSettings settings, int streak, double random) =>
        streak >= settings.MaxRetries ? null : Delay(settings, streak, random);

    /// <summary>
    /// The delay before restart number <paramref name="restartCount"/> (0-based), as Akka computes it:
    /// min(Max, Min·2^n) × (1 + random·RandomFactor), never past TimeSpan's range.
    /// </summary>
    /// <param name="settings">The run's backoff settings.</param>
    /// <param name="restartCount">Restarts already done in the streak.</param>
    /// <param name="random">A value in [0, 1).</param>
    /// <returns>The delay.</returns>
    public static TimeSpan Delay(BackoffSettings settings, int restartCount, double random)
    {
        var exponential = restartCount >= 62
            ? settings.Max.Ticks
            : Math.Min(settings.Max.Ticks, settings.Min.Ticks * Math.Pow(2, restartCount));
        var ticks = exponential * (1.0 + (random * settings.RandomFactor));
        return ticks < 0 || ticks >= TimeSpan.MaxValue.Ticks ? settings.Max : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The streak a failure continues: an incarnation that ran <see cref="AutoResetAfter"/> or longer starts a new one.</summary>
    /// <param name="streak">The streak before this incarnation.</param>
    /// <param name="ranFor">How long the failed incarnation ran.</param>
    /// <returns>The streak to decide with.</returns>
    public static int StreakAfter(int streak, TimeSpan ranFor) => ranFor >= AutoResetAfter ? 0 : streak;
}
