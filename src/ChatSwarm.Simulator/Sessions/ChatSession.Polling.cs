using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>Outcome of Get New Chat Events.</summary>
internal enum PollOutcome
{
    Events,
    NotFound,
    ConcurrentPoll,
    Aborted,
}

/// <summary>Get New Chat Events: returns pending events at once or holds one poll until events arrive or the hold expires.</summary>
internal sealed partial class ChatSession
{
    private TaskCompletionSource<bool>? _waiter;
    private ScheduledWork? _waiterExpiry;

    public bool IsPollHeld
    {
        get
        {
            lock (_gate) return _waiter is not null;
        }
    }

    public async ValueTask<(PollOutcome Outcome, List<byte[]>? Events)> PollAsync(TimeSpan hold, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> waiter;
        lock (_gate)
        {
            if (_pending.Count > 0) return (PollOutcome.Events, TakePendingLocked());
            if (_ended) return (PollOutcome.NotFound, null);
            if (_waiter is not null) return (PollOutcome.ConcurrentPoll, null);
            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiter = waiter;
            _waiterExpiry = _engine.Scheduler.Schedule(hold, static w => ((TaskCompletionSource<bool>)w!).TrySetResult(false), waiter);
        }

        using (cancellationToken.UnsafeRegister(static w => ((TaskCompletionSource<bool>)w!).TrySetResult(false), waiter))
        {
            await waiter.Task.ConfigureAwait(false);
        }

        lock (_gate)
        {
            if (ReferenceEquals(_waiter, waiter))
            {
                _waiter = null;
                _waiterExpiry?.Cancel();
                _waiterExpiry = null;
            }

            // An aborted request must not swallow events: they stay pending for the next poll.
            if (cancellationToken.IsCancellationRequested) return (PollOutcome.Aborted, null);
            if (_pending.Count > 0) return (PollOutcome.Events, TakePendingLocked());
            return _ended ? (PollOutcome.NotFound, null) : (PollOutcome.Events, []);
        }
    }

    /// <summary>Answers a held poll now (with whatever is pending, possibly nothing), e.g. when the server stops.</summary>
    public void ReleaseHeldPoll()
    {
        lock (_gate)
        {
            WakePollLocked();
        }
    }

    private List<byte[]> TakePendingLocked()
    {
        var taken = _pending;
        _pending = [];
        return taken;
    }
}
