using System.Diagnostics.CodeAnalysis;
using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// The one Get New Chat Events request a session may hold open; a second one while it is held is refused (5509). The
/// held poll completes with true when woken (new events, the session ended, the server stopping) or false when its hold
/// expires. Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class HeldPoll
{
    private TaskCompletionSource<bool>? _waiter;
    private ScheduledWork? _expiry;

    /// <summary>Whether a poll is held now.</summary>
    public bool IsHeld => _waiter is not null;

    /// <summary>Holds a new poll that expires after <paramref name="hold"/>; false (and no waiter) when one is already held.</summary>
    public bool TryHold(Scheduler scheduler, TimeSpan hold, [NotNullWhen(true)] out TaskCompletionSource<bool>? waiter)
    {
        if (_waiter is not null)
        {
            waiter = null;
            return false;
        }

        waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiter = waiter;
        _expiry = scheduler.Schedule(hold, static w => ((TaskCompletionSource<bool>)w!).TrySetResult(false), waiter);
        return true;
    }

    /// <summary>Answers the held poll now, if there is one, and frees the slot.</summary>
    public void Wake()
    {
        var waiter = _waiter;
        if (waiter is null) return;
        Free();
        waiter.TrySetResult(true);
    }

    /// <summary>The poll <paramref name="waiter"/> returned (woken, expired or aborted): frees the slot unless another poll holds it already.</summary>
    public void Release(TaskCompletionSource<bool> waiter)
    {
        if (ReferenceEquals(_waiter, waiter)) Free();
    }

    private void Free()
    {
        _waiter = null;
        _expiry?.Cancel();
        _expiry = null;
    }
}
