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
    public bool IsPollHeld
    {
        get
        {
            lock (_gate) return _poll.IsHeld;
        }
    }

    public async ValueTask<(PollOutcome Outcome, List<byte[]>? Events)> PollAsync(TimeSpan hold, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool>? waiter;
        lock (_gate)
        {
            if (_log.HasPending) return (PollOutcome.Events, _log.TakePending());
            if (_ended) return (PollOutcome.NotFound, null);
            if (!_poll.TryHold(_engine.Scheduler, hold, out waiter)) return (PollOutcome.ConcurrentPoll, null);
        }

        using (cancellationToken.UnsafeRegister(static w => ((TaskCompletionSource<bool>)w!).TrySetResult(false), waiter))
        {
            await waiter.Task.ConfigureAwait(false);
        }

        lock (_gate)
        {
            _poll.Release(waiter);

            // An aborted request must not swallow events: they stay pending for the next poll.
            if (cancellationToken.IsCancellationRequested) return (PollOutcome.Aborted, null);
            if (_log.HasPending) return (PollOutcome.Events, _log.TakePending());
            return _ended ? (PollOutcome.NotFound, null) : (PollOutcome.Events, []);
        }
    }

    /// <summary>Answers a held poll now (with whatever is pending, possibly nothing), e.g. when the server stops.</summary>
    public void ReleaseHeldPoll()
    {
        lock (_gate)
        {
            _poll.Wake();
        }
    }
}
