namespace ChatSwarm.Simulator.Scheduling;

/// <summary>A cancellable piece of scheduled work.</summary>
internal sealed class ScheduledWork
{
    private int _state;

    public ScheduledWork(Action<object?> action, object? state)
    {
        Action = action;
        State = state;
    }

    public Action<object?> Action { get; }

    public object? State { get; }

    /// <summary>Prevents the work from running if it has not started; returns true when it was still pending.</summary>
    public bool Cancel() => Interlocked.CompareExchange(ref _state, 2, 0) == 0;

    internal bool TryStart() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;
}

/// <summary>
/// The simulator's only timer: one priority queue of due times driven by a single <see cref="ITimer"/> from the
/// <see cref="TimeProvider"/>, so 10,000 sessions with think times, poll holds and idle timers cost no thread or
/// timer each.
/// </summary>
internal sealed class Scheduler : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly PriorityQueue<ScheduledWork, (long Due, long Seq)> _queue = new();
    private readonly Lock _gate = new();
    private long _armedFor = long.MaxValue;
    private long _seq;
    private bool _disposed;

    public Scheduler(TimeProvider time)
    {
        _time = time;
        _timer = time.CreateTimer(static s => ((Scheduler)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Pending
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    private long Now => _time.GetUtcNow().UtcTicks;

    /// <summary>Runs <paramref name="action"/> after <paramref name="delay"/>; a non-positive delay runs it on the thread pool at once.</summary>
    public ScheduledWork Schedule(TimeSpan delay, Action<object?> action, object? state)
    {
        var work = new ScheduledWork(action, state);
        if (delay <= TimeSpan.Zero)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static w => Run(w), work, preferLocal: false);
            return work;
        }

        var now = Now;
        var due = now + delay.Ticks;
        lock (_gate)
        {
            if (_disposed) return work;
            _queue.Enqueue(work, (due, _seq++));
            if (due < _armedFor)
            {
                _armedFor = due;
                _timer.Change(DueIn(due - now), Timeout.InfiniteTimeSpan);
            }
        }

        return work;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _queue.Clear();
        }

        _timer.Dispose();
    }

    private static void Run(ScheduledWork work)
    {
        if (!work.TryStart()) return;
        try
        {
            work.Action(work.State);
        }
        catch (Exception ex)
        {
            // A failing callback must not stop the timer that every session shares.
            System.Diagnostics.Trace.TraceError("Simulator scheduled work failed: " + ex);
        }
    }

    /// <summary>Rounds up to whole milliseconds: timers truncate, and firing early would only spin.</summary>
    private static TimeSpan DueIn(long ticks) =>
        TimeSpan.FromMilliseconds(Math.Max(1, (ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond));

    private void OnTimer()
    {
        List<ScheduledWork>? due = null;
        lock (_gate)
        {
            if (_disposed) return;
            var now = Now;
            while (_queue.TryPeek(out var w, out var key) && key.Due <= now)
            {
                _queue.Dequeue();
                (due ??= []).Add(w);
            }

            if (_queue.TryPeek(out _, out var next))
            {
                _armedFor = next.Due;
                _timer.Change(DueIn(next.Due - now), Timeout.InfiniteTimeSpan);
            }
            else
            {
                _armedFor = long.MaxValue;
            }
        }

        if (due is null) return;
        foreach (var w in due) Run(w);
    }
}
