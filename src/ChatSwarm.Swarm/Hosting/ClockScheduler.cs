using System.Diagnostics;
using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Event;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// Akka's scheduler on a <see cref="TimeProvider"/>: every actor timer (backoff delays, bot timers, max session
/// duration, the 5509 pause) is a timer of the run's clock, so one manual clock drives actors, metrics and the run loop
/// in tests, and a real run needs no scheduler thread ticking every 10 ms on a 2-core load generator: on the system clock
/// timers run on one <see cref="TimerThread"/> that sleeps until the next is due. Akka builds it
/// from <c>akka.scheduler.implementation</c>; <see cref="SwarmActorSystem"/> hands it the run's clock before any actor
/// exists.
/// </summary>
internal sealed class ClockScheduler : SchedulerBase, IDisposable
{
    /// <summary>One-shot delays this long or longer wait on <see cref="_wheel"/> (on the system clock).</summary>
    private static readonly TimeSpan CoarseFrom = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan WheelResolution = TimeSpan.FromMilliseconds(250);

    private readonly long _createdAt = Stopwatch.GetTimestamp();

    // Long one-shot timers (session limits, long bot waits: about one per customer, most cancelled) on the system clock
    // wait here, then on the timer thread for their last tick: a cancelled one leaves the wheel at once, while the timer
    // thread's queue keeps a cancelled timer until its time comes. The wheel ticks on the thread pool, so only these long
    // one-shots can be late by that pool's queue (periodic ones, the cluster's heartbeat ticks, never wait here). Manual
    // clocks in tests keep one exact clock timer per entry.
    private readonly TimerWheel _wheel = TimerWheel.Create(TimeProvider.System, WheelResolution);

    // Started with the first system-clock timer: systems on a manual clock (tests) never need it.
    private readonly Lazy<TimerThread> _thread = new(() => TimerThread.Start("chatswarm-scheduler"));
    private TimeProvider _clock = TimeProvider.System;
    private int _pending;
    private volatile bool _disposed;

    /// <summary>Called by Akka with the scheduler's configuration section and a logger.</summary>
    public ClockScheduler(Config config, ILoggingAdapter log)
        : base(config, log)
    {
    }

    /// <summary>Timers scheduled and neither fired (once) nor cancelled: tests wait for a timer to be armed before moving the clock.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <inheritdoc />
    public override TimeSpan MonotonicClock => Stopwatch.GetElapsedTime(_createdAt);

    /// <inheritdoc />
    public override TimeSpan HighResMonotonicClock => Stopwatch.GetElapsedTime(_createdAt);

    /// <inheritdoc />
    protected override DateTimeOffset TimeNow => _clock.GetUtcNow();

    /// <summary>Moves the scheduler onto <paramref name="clock"/>; only timers scheduled afterwards use it.</summary>
    internal void Use(TimeProvider clock) => _clock = clock;

    public void Dispose()
    {
        // Clock timers end with their cancelables or when they fire; the wheel's tick and the timer thread stop here, and
        // timers scheduled later (a system shutting down may still schedule) never start one again.
        _disposed = true;
        _wheel.Dispose();
        if (_thread.IsValueCreated)
        {
            _thread.Value.Dispose();
        }
    }

    protected override void InternalScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef sender, ICancelable cancelable) =>
        Schedule(delay, Timeout.InfiniteTimeSpan, new Tell(receiver, message, sender), cancelable);

    protected override void InternalScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef sender, ICancelable cancelable) =>
        Schedule(initialDelay, interval, new Tell(receiver, message, sender), cancelable);

    protected override void InternalScheduleOnce(TimeSpan delay, Action action, ICancelable cancelable) =>
        Schedule(delay, Timeout.InfiniteTimeSpan, new ActionWork(action), cancelable);

    protected override void InternalScheduleOnce(TimeSpan delay, IRunnable action, ICancelable cancelable) =>
        Schedule(delay, Timeout.InfiniteTimeSpan, new RunnableWork(action), cancelable);

    protected override void InternalScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable cancelable) =>
        Schedule(initialDelay, interval, new ActionWork(action), cancelable);

    protected override void InternalScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, IRunnable action, ICancelable cancelable) =>
        Schedule(initialDelay, interval, new RunnableWork(action), cancelable);

    private void Schedule(TimeSpan delay, TimeSpan period, Work work, ICancelable? cancelable)
    {
        if (_disposed || cancelable is { IsCancellationRequested: true })
        {
            return;
        }

        Interlocked.Increment(ref _pending);
        var entry = new Entry(this, work, period == Timeout.InfiniteTimeSpan);
        entry.Start(_clock, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, period, cancelable);
    }

    private abstract class Work
    {
        public abstract void Run();
    }

    private sealed class Tell(ICanTell receiver, object message, IActorRef sender) : Work
    {
        public override void Run() => receiver.Tell(message, sender);
    }

    private sealed class ActionWork(Action action) : Work
    {
        public override void Run() => action();
    }

    private sealed class RunnableWork(IRunnable runnable) : Work
    {
        public override void Run() => runnable.Run();
    }

    /// <summary>One scheduled piece of work: its timer (or its wait on the wheel first), and the registration that cancels it.</summary>
    private sealed class Entry(ClockScheduler owner, Work work, bool once) : IDisposable
    {
        private ITimer? _timer;
        private TimerThread.Item? _item;
        private IDisposable? _coarse;
        private CancellationTokenRegistration _registration;
        private long _deadline;
        private int _done;

        public void Start(TimeProvider clock, TimeSpan delay, TimeSpan period, ICancelable? cancelable)
        {
            if (once && delay >= CoarseFrom && ReferenceEquals(clock, TimeProvider.System))
            {
                // On the wheel until less than one of its ticks is left, then on an exact timer for the rest: never late
                // by more than a clock timer is, and no long timer in .NET's queue.
                _deadline = clock.GetTimestamp() + (long)(delay.TotalSeconds * clock.TimestampFrequency);
                Volatile.Write(ref _coarse, owner._wheel.Schedule(delay - owner._wheel.Resolution, static state => ((Entry)state!).StartExact(), this));
            }
            else
            {
                StartTimer(clock, delay, period);
            }

            if (cancelable is ActorTimers.Tick tick)
            {
                // An actor timer cancels the entry itself: no token source, no registration on one.
                tick.Attach(this);
            }
            else if (cancelable is not null)
            {
                _registration = cancelable.Token.UnsafeRegister(static state => ((Entry)state!).End(), this);
            }

            if (Volatile.Read(ref _done) == 1)
            {
                // Fired (once) or cancelled while being set up.
                Release();
            }
        }

        /// <summary>On the wheel's tick: the rest of the delay on an exact timer.</summary>
        private void StartExact()
        {
            if (Volatile.Read(ref _done) == 1)
            {
                return;
            }

            var clock = TimeProvider.System;
            var remaining = clock.GetElapsedTime(clock.GetTimestamp(), _deadline);
            StartTimer(clock, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            if (Volatile.Read(ref _done) == 1)
            {
                Release();
            }
        }

        private void StartTimer(TimeProvider clock, TimeSpan delay, TimeSpan period)
        {
            if (ReferenceEquals(clock, TimeProvider.System))
            {
                Volatile.Write(ref _item, owner._thread.Value.Schedule(delay, period, static state => ((Entry)state!).Fire(), this));
                return;
            }

            // A manual clock may fire a due timer inside CreateTimer, before _timer is set: Fire copes with that.
            var timer = clock.CreateTimer(static state => ((Entry)state!).Fire(), this, delay, period);
            Volatile.Write(ref _timer, timer);
        }

        private void Release()
        {
            Volatile.Read(ref _timer)?.Dispose();
            Volatile.Read(ref _item)?.Cancel();
            Volatile.Read(ref _coarse)?.Dispose();
            _registration.Dispose();
        }

        private void Fire()
        {
            if (Volatile.Read(ref _done) == 1)
            {
                return;
            }

            if (once && !End())
            {
                return;
            }

            try
            {
                work.Run();
            }
            catch (Exception ex)
            {
                owner.Log.Error(ex, "A scheduled action failed");
            }
        }

        /// <summary>Cancels the entry (an <see cref="ActorTimers.Tick"/> was cancelled).</summary>
        public void Dispose() => End();

        /// <summary>Marks the entry done (once) and releases its timer; false when it already was.</summary>
        private bool End()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1)
            {
                return false;
            }

            Interlocked.Decrement(ref owner._pending);
            Release();
            return true;
        }
    }
}
