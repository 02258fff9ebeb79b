namespace ChatSwarm.Actors;

/// <summary>
/// Timers of one incarnation, backed by the system's <see cref="TimeProvider"/>. Used only on the actor's turn,
/// so the table needs no lock; timer callbacks only post a message.
/// </summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private Dictionary<object, Entry>? _timers;
    private int _generation;
    private bool _closed;

    public void StartSingleTimer(object key, object message, TimeSpan delay) => Start(key, message, delay, Timeout.InfiniteTimeSpan);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) => StartPeriodicTimer(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Periodic timer interval must be positive.");
        }

        Start(key, message, initialDelay, interval);
    }

    public bool IsTimerActive(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _timers?.ContainsKey(key) == true;
    }

    public void Cancel(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_timers is not null && _timers.Remove(key, out var entry))
        {
            entry.Timer.Dispose();
        }
    }

    public void CancelAll()
    {
        _closed = true;
        if (_timers is null)
        {
            return;
        }

        foreach (var entry in _timers.Values)
        {
            entry.Timer.Dispose();
        }

        _timers = null;
    }

    /// <summary>Whether a posted timer message is still current; a fired single timer is removed here.</summary>
    internal bool Accept(TimerMessage message)
    {
        if (!ReferenceEquals(message.Owner, this) || _timers is null || !_timers.TryGetValue(message.Key, out var entry)
            || entry.Message != message)
        {
            return false;
        }

        if (!entry.Periodic)
        {
            _timers.Remove(message.Key);
            entry.Timer.Dispose();
        }

        return true;
    }

    private void Start(object key, object message, TimeSpan delay, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        if (_closed)
        {
            return;
        }

        Cancel(key);
        var posted = new TimerMessage(this, key, ++_generation, message);
        var timers = _timers ??= [];

        // Registered before the timer exists: a zero delay may fire inside CreateTimer.
        var entry = new Entry(posted, period != Timeout.InfiniteTimeSpan);
        timers[key] = entry;
        entry.Timer = cell.System.TimeProvider.CreateTimer(
            static state =>
            {
                var (target, timerMessage) = ((ActorCell, TimerMessage))state!;
                target.Post(timerMessage, null);
            },
            (cell, posted),
            delay,
            period);
    }

    private sealed class Entry(TimerMessage message, bool periodic)
    {
        public TimerMessage Message { get; } = message;

        public bool Periodic { get; } = periodic;

        public ITimer Timer { get; set; } = null!;
    }
}
