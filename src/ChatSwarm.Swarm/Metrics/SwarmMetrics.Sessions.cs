namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    private long _started;
    private long _queued;
    private long _connected;
    private long _completed;
    private long _sessionsFailed;
    private long _restarts;
    private long _stopped;
    private long _peak;

    /// <summary>Sessions active now: started minus stopped.</summary>
    public long ActiveSessions => Volatile.Read(ref _started) - Volatile.Read(ref _stopped);

    /// <summary>A customer began its lifecycle (before its first call); raises the active gauge and its peak.</summary>
    public void SessionStarted()
    {
        long started = Interlocked.Increment(ref _started);
        long active = started - Volatile.Read(ref _stopped);
        long peak = Volatile.Read(ref _peak);
        while (active > peak)
        {
            long seen = Interlocked.CompareExchange(ref _peak, active, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }
    }

    /// <summary>A customer's chat was queued for an agent.</summary>
    public void SessionQueued() => Interlocked.Increment(ref _queued);

    /// <summary>An agent joined a customer's chat after <paramref name="queueWait"/>.</summary>
    /// <param name="queueWait">Time from queued to connected.</param>
    public void SessionConnected(TimeSpan queueWait)
    {
        Interlocked.Increment(ref _connected);
        _queueWait.Record(queueWait);
    }

    /// <summary>A customer's chat ran to its end (the bot's script, the agent or the server ended it).</summary>
    public void SessionCompleted() => Interlocked.Increment(ref _completed);

    /// <summary>The run ended a customer's chat before its script did (ramp-down, grace, stop, max session duration).</summary>
    public void SessionEndedByRun() => Interlocked.Increment(ref _endedByRun);

    /// <summary>The server lost a customer's chat (5005).</summary>
    public void SessionLost() => Interlocked.Increment(ref _lost);

    /// <summary>A customer's chat ended in an error it could not recover from.</summary>
    /// <param name="code">The error that ended it, or null when it had no API code (e.g. a bot expectation).</param>
    public void SessionFailed(Client.ApiErrorCode? code)
    {
        Interlocked.Increment(ref _sessionsFailed);
        int key = code is { } c ? (int)c : 0;
        if (!_sessionFailures.TryGetValue(key, out var box))
        {
            box = _sessionFailures.GetOrAdd(key, static _ => new Counter());
        }

        Interlocked.Increment(ref box.Value);
    }

    /// <summary>A supervisor restarted a customer after a transient failure.</summary>
    public void SessionRestarted() => Interlocked.Increment(ref _restarts);

    /// <summary>A failed customer will start again after <paramref name="delay"/> (its backoff).</summary>
    /// <param name="delay">The backoff delay.</param>
    public void BackoffScheduled(TimeSpan delay)
    {
        Interlocked.Increment(ref _backoffs);
        Interlocked.Add(ref _backoffTicks, delay.Ticks);
    }

    /// <summary>A customer stopped for good; lowers the active gauge. Call exactly once per <see cref="SessionStarted"/>.</summary>
    public void SessionStopped() => Interlocked.Increment(ref _stopped);

    /// <summary>Records the time from Request Chat to the first agent message of a session.</summary>
    /// <param name="elapsed">The time.</param>
    public void RecordFirstAgentMessage(TimeSpan elapsed) => _firstAgentMessage.Record(elapsed);

    /// <summary>Records the time from a customer message to the next agent message.</summary>
    /// <param name="elapsed">The time.</param>
    public void RecordReplyRoundTrip(TimeSpan elapsed) => _replyRtt.Record(elapsed);

    private SessionCounts ReadSessions() => new(
        Volatile.Read(ref _started),
        Volatile.Read(ref _queued),
        Volatile.Read(ref _connected),
        Volatile.Read(ref _completed),
        Volatile.Read(ref _sessionsFailed),
        Volatile.Read(ref _restarts),
        Volatile.Read(ref _stopped),
        Volatile.Read(ref _backoffs),
        TimeSpan.FromTicks(Volatile.Read(ref _backoffTicks)),
        Volatile.Read(ref _endedByRun),
        Volatile.Read(ref _lost));
}
