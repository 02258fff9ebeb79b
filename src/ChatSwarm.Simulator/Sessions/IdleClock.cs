using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// The agent's patience: when the customer last did something, whether the inactivity warning went out, and the one
/// scheduled check. <see cref="Check"/> decides; the session carries the decision out. Not thread-safe: the session uses
/// it under its lock.
/// </summary>
internal sealed class IdleClock
{
    private long _lastActivityTicks;
    private bool _warned;
    private ScheduledWork? _check;

    /// <summary>Whether a check is scheduled.</summary>
    public bool IsArmed => _check is not null;

    /// <summary>The customer did something at <paramref name="now"/>: the idle time starts again and a new warning is due.</summary>
    public void Touch(DateTimeOffset now)
    {
        _lastActivityTicks = now.UtcTicks;
        _warned = false;
    }

    /// <summary>Keeps the scheduled check, to cancel it when the chat ends.</summary>
    public void Arm(ScheduledWork check) => _check = check;

    /// <summary>The scheduled check ran.</summary>
    public void Fired() => _check = null;

    /// <summary>Cancels the scheduled check, if any.</summary>
    public void Disarm()
    {
        _check?.Cancel();
        _check = null;
    }

    /// <summary>
    /// What to do at <paramref name="now"/>: warn once the customer was idle for <paramref name="warnAfter"/>, end the
    /// chat once idle for <paramref name="timeoutAfter"/>, else check again when the next of those is due. Marks the
    /// warning sent when it decides to warn.
    /// </summary>
    public IdleDecision Check(DateTimeOffset now, TimeSpan warnAfter, TimeSpan timeoutAfter)
    {
        var idle = TimeSpan.FromTicks(now.UtcTicks - _lastActivityTicks);
        if (!_warned)
        {
            if (idle < warnAfter) return new IdleDecision(IdleAction.Wait, warnAfter - idle);
            _warned = true;
            return new IdleDecision(IdleAction.Warn, timeoutAfter - idle);
        }

        return idle < timeoutAfter ? new IdleDecision(IdleAction.Wait, timeoutAfter - idle) : new IdleDecision(IdleAction.TimeOut, TimeSpan.Zero);
    }
}

/// <summary>What an idle check decided, and when to check next (for <see cref="IdleAction.Wait"/> and <see cref="IdleAction.Warn"/>).</summary>
internal readonly record struct IdleDecision(IdleAction Action, TimeSpan CheckAgainIn);

/// <summary>The outcome of an idle check.</summary>
internal enum IdleAction
{
    /// <summary>Not idle long enough: check again later.</summary>
    Wait,

    /// <summary>Send the inactivity warning, then check again.</summary>
    Warn,

    /// <summary>Close the chat for inactivity.</summary>
    TimeOut,
}
