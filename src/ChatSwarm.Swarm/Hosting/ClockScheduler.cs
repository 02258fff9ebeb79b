using System.Diagnostics;
using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Event;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// Akka's scheduler on a <see cref="TimeProvider"/>: every actor timer (backoff delays, bot timers, max session
/// duration, the 5509 pause) is a timer of the run's clock, so one manual clock drives actors, metrics and the run loop
/// in tests, and a real run needs no scheduler thread ticking every 10 ms on a 2-core load generator. Akka builds it
/// from <c>akka.scheduler.implementation</c>; <see cref="SwarmActorSystem"/> hands it the run's clock before any actor
/// exists.
/// </summary>
internal sealed class ClockScheduler : SchedulerBase, IDisposable
{
    private readonly long _createdAt = Stopwatch.GetTimestamp();
    private TimeProvider _clock = TimeProvider.System;
    private int _pending;

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
        // Timers belong to the clock and end with their cancelables or when they fire; nothing is held here.
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
        if (cancelable is { IsCancellationRequested: true })
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

    /// <summary>One scheduled piece of work: its timer, and the registration that cancels it.</summary>
    private sealed class Entry(ClockScheduler owner, Work work, bool once)
    {
        private ITimer? _timer;
        private CancellationTokenRegistration _registration;
        private int _done;

        public void Start(TimeProvider clock, TimeSpan delay, TimeSpan period, ICancelable? cancelable)
        {
            // A manual clock may fire a due timer inside CreateTimer, before _timer is set: Fire copes with that.
            var timer = clock.CreateTimer(static state => ((Entry)state!).Fire(), this, delay, period);
            Volatile.Write(ref _timer, timer);
            if (cancelable is not null)
            {
                _registration = cancelable.Token.UnsafeRegister(static state => ((Entry)state!).End(), this);
            }

            if (Volatile.Read(ref _done) == 1)
            {
                // Fired (once) or cancelled while being set up.
                timer.Dispose();
                _registration.Dispose();
            }
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

        /// <summary>Marks the entry done (once) and releases its timer; false when it already was.</summary>
        private bool End()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1)
            {
                return false;
            }

            Interlocked.Decrement(ref owner._pending);
            Volatile.Read(ref _timer)?.Dispose();
            _registration.Dispose();
            return true;
        }
    }
}
