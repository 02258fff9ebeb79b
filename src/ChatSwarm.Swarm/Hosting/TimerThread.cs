using System.Diagnostics;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// One dedicated thread that runs due callbacks in deadline order on the system clock, sleeping until the earliest one
/// (no fixed tick). <see cref="ClockScheduler"/> delivers every system-clock timer from here, as Akka's own scheduler does
/// from its thread: a callback only tells a mailbox, so the actors' dispatcher does the work, and a timer due here never
/// waits in the thread pool's queue. That matters on a saturated load generator: the cluster's heartbeat ticks, queued behind
/// thousands of customers' work items, came late enough for nodes to take each other for dead.
/// </summary>
internal sealed class TimerThread : IDisposable
{
    private readonly object _gate = new();
    private readonly PriorityQueue<Item, long> _queue = new();
    private readonly List<Item> _due = [];
    private readonly Thread _thread;

    // The deadline the thread sleeps until (long.MaxValue: until pulsed); an earlier new timer wakes it.
    private long _wakeAt = long.MaxValue;
    private bool _disposed;

    private TimerThread(string name)
    {
        // Background: a scheduler never keeps the process alive.
        _thread = new Thread(Loop) { IsBackground = true, Name = name };
    }

    /// <summary>Timers scheduled and not yet run or dropped (cancelled ones count until their time comes).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Starts a timer thread named <paramref name="name"/>.</summary>
    /// <param name="name">The thread's name, as seen in a debugger or <c>/proc</c>.</param>
    /// <returns>The running thread's scheduler; dispose it to stop the thread.</returns>
    public static TimerThread Start(string name)
    {
        var timers = new TimerThread(name);
        timers._thread.Start();
        return timers;
    }

    /// <summary>
    /// Runs <paramref name="callback"/> on this thread after <paramref name="delay"/>, then every <paramref name="period"/>
    /// (<see cref="Timeout.InfiniteTimeSpan"/>: once), until the returned item is cancelled. After <see cref="Dispose"/>
    /// nothing runs.
    /// </summary>
    /// <param name="delay">How long from now; negative counts as zero.</param>
    /// <param name="period">The repeat interval, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="callback">What to run; it must be short (it delays every later timer) and not throw.</param>
    /// <param name="state">Passed to <paramref name="callback"/>.</param>
    /// <returns>The timer; <see cref="Item.Cancel"/> stops it.</returns>
    public Item Schedule(TimeSpan delay, TimeSpan period, Action<object?> callback, object? state)
    {
        var item = new Item(callback, state, period == Timeout.InfiniteTimeSpan ? 0 : Math.Max(1, ToTicks(period)));
        Enqueue(item, Stopwatch.GetTimestamp() + ToTicks(delay));
        return item;
    }

    /// <summary>Stops the thread; timers not yet run never run.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _queue.Clear();
            Monitor.Pulse(_gate);
        }
    }

    private static long ToTicks(TimeSpan value) =>
        value <= TimeSpan.Zero ? 0 : (long)Math.Min(value.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 4);

    private void Enqueue(Item item, long due)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _queue.Enqueue(item, due);
            if (due < _wakeAt)
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    private void Loop()
    {
        while (TakeDue())
        {
            foreach (var item in _due)
            {
                if (item.Cancelled)
                {
                    continue;
                }

                item.Run();
            }

            _due.Clear();
        }
    }

    /// <summary>Waits until at least one timer is due and moves every due one to <see cref="_due"/>; false once disposed.</summary>
    private bool TakeDue()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                var now = Stopwatch.GetTimestamp();
                while (_queue.TryPeek(out var item, out var due) && due <= now)
                {
                    _queue.Dequeue();
                    if (item.Cancelled)
                    {
                        continue;
                    }

                    _due.Add(item);
                    if (item.Period > 0)
                    {
                        // Fixed rate, but a thread that fell behind does not fire a burst to catch up.
                        var next = due + item.Period;
                        _queue.Enqueue(item, next > now ? next : now + item.Period);
                    }
                }

                if (_due.Count > 0)
                {
                    _wakeAt = long.MaxValue;
                    return true;
                }

                if (_queue.TryPeek(out _, out var earliest))
                {
                    _wakeAt = earliest;

                    // Rounded up: waking a millisecond early would only spin back here.
                    var milliseconds = Math.Ceiling((earliest - now) * 1000.0 / Stopwatch.Frequency);
                    Monitor.Wait(_gate, (int)Math.Min(milliseconds, int.MaxValue));
                }
                else
                {
                    _wakeAt = long.MaxValue;
                    Monitor.Wait(_gate);
                }
            }

            return false;
        }
    }

    /// <summary>One timer of a <see cref="TimerThread"/>.</summary>
    internal sealed class Item(Action<object?> callback, object? state, long period)
    {
        private volatile bool _cancelled;

        /// <summary>Stopwatch ticks between runs; 0 for a one-shot timer.</summary>
        public long Period => period;

        /// <summary>True once <see cref="Cancel"/> was called.</summary>
        public bool Cancelled => _cancelled;

        /// <summary>Stops the timer: it does not run again (a run already under way finishes).</summary>
        public void Cancel() => _cancelled = true;

        internal void Run() => callback(state);
    }
}
