using Akka.Actor;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// Keyed single-shot timers of one actor incarnation, for actors that live by the thousand (customers): what Akka's
/// <see cref="ITimerScheduler"/> gives them (starting a key again replaces its timer, a cancelled timer's message is never
/// handled even when it was already in the mailbox, every timer ends with the incarnation) through Akka's own
/// <see cref="IScheduler"/>, in about half the memory. Akka's timer allocates a record, a wrapper message and a
/// <see cref="Cancelable"/> with its <see cref="CancellationTokenSource"/> (and on that source the scheduler's cancel
/// registration), with a dictionary per actor: ~1.3 KB for a customer's two long timers. Here one <see cref="Tick"/> is at
/// once the message the scheduler tells, its cancel handle and its record, and an incarnation's few timers form a list.
/// Used on the actor's own thread only; the owner hands every <see cref="Tick"/> it receives to <see cref="Accept"/>.
/// </summary>
internal sealed class ActorTimers
{
    private readonly IScheduler _scheduler;
    private readonly IActorRef _owner;

    // The active timers, newest first (an incarnation has a handful at most).
    private Tick? _first;

    /// <summary>Timers of <paramref name="owner"/>, scheduled on <paramref name="scheduler"/>.</summary>
    public ActorTimers(IScheduler scheduler, IActorRef owner)
    {
        _scheduler = scheduler;
        _owner = owner;
    }

    /// <summary>Tells the owner a <see cref="Tick"/> carrying <paramref name="message"/> after <paramref name="delay"/>, replacing any timer of <paramref name="key"/>.</summary>
    public void StartSingleTimer(object key, object message, TimeSpan delay)
    {
        Cancel(key);
        var tick = new Tick(key, message) { Next = _first };
        _first = tick;
        _scheduler.ScheduleTellOnce(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, _owner, tick, ActorRefs.NoSender, tick);
    }

    /// <summary>Whether a timer of <paramref name="key"/> is armed (started, not yet accepted or cancelled).</summary>
    public bool IsTimerActive(object key) => Find(key) is not null;

    /// <summary>Cancels the timer of <paramref name="key"/>, if any: its message will not be accepted.</summary>
    public void Cancel(object key)
    {
        if (Find(key) is { } tick)
        {
            Remove(tick);
            tick.Cancel();
        }
    }

    /// <summary>Cancels every timer (the incarnation stops).</summary>
    public void CancelAll()
    {
        for (var tick = _first; tick is not null; tick = tick.Next)
        {
            tick.Cancel();
        }

        _first = null;
    }

    /// <summary>
    /// Whether <paramref name="tick"/>, received by the owner, is a timer of this incarnation still armed; it is then no
    /// longer active and its <see cref="Tick.Message"/> is to be handled. False for a cancelled or replaced timer whose tick
    /// was already on its way, and for a previous incarnation's.
    /// </summary>
    public bool Accept(Tick tick)
    {
        ArgumentNullException.ThrowIfNull(tick);

        // Only armed timers are listed: a cancelled or replaced one left the list, and another incarnation's never was in it.
        return Remove(tick);
    }

    private Tick? Find(object key)
    {
        for (var tick = _first; tick is not null; tick = tick.Next)
        {
            if (Equals(tick.Key, key))
            {
                return tick;
            }
        }

        return null;
    }

    private bool Remove(Tick target)
    {
        Tick? previous = null;
        for (var tick = _first; tick is not null; previous = tick, tick = tick.Next)
        {
            if (!ReferenceEquals(tick, target))
            {
                continue;
            }

            if (previous is null)
            {
                _first = tick.Next;
            }
            else
            {
                previous.Next = tick.Next;
            }

            tick.Next = null;
            return true;
        }

        return false;
    }

    /// <summary>
    /// One timer: the message the scheduler tells the owner and the <see cref="ICancelable"/> it was scheduled with.
    /// <see cref="ClockScheduler"/> attaches its entry (cancelling the tick releases the entry at once, no token source);
    /// any other scheduler gets a token source on first use of <see cref="Token"/>.
    /// </summary>
    internal sealed class Tick : ICancelable
    {
        private IDisposable? _scheduled;
        private CancellationTokenSource? _source;
        private int _cancelled;

        internal Tick(object key, object message)
        {
            Key = key;
            Message = message;
        }

        /// <summary>The message to handle once the tick is accepted.</summary>
        public object Message { get; }

        /// <inheritdoc />
        public bool IsCancellationRequested => Volatile.Read(ref _cancelled) == 1;

        /// <inheritdoc />
        public CancellationToken Token
        {
            get
            {
                if (Volatile.Read(ref _source) is null)
                {
                    Interlocked.CompareExchange(ref _source, new CancellationTokenSource(), null);
                }

                if (IsCancellationRequested)
                {
                    _source!.Cancel();
                }

                return _source!.Token;
            }
        }

        internal object Key { get; }

        internal Tick? Next { get; set; }

        /// <inheritdoc />
        public void Cancel()
        {
            if (Interlocked.Exchange(ref _cancelled, 1) == 1)
            {
                return;
            }

            Interlocked.Exchange(ref _scheduled, null)?.Dispose();
            Volatile.Read(ref _source)?.Cancel();
        }

        /// <inheritdoc />
        public void Cancel(bool throwOnFirstException) => Cancel();

        /// <inheritdoc />
        public void CancelAfter(TimeSpan delay) => throw new NotSupportedException("An actor timer is cancelled by its owner, not after a delay.");

        /// <inheritdoc />
        public void CancelAfter(int millisecondsDelay) => throw new NotSupportedException("An actor timer is cancelled by its owner, not after a delay.");

        /// <summary>Called by <see cref="ClockScheduler"/> with what cancels its scheduled entry; disposed at once if the tick is already cancelled.</summary>
        internal void Attach(IDisposable scheduled)
        {
            Volatile.Write(ref _scheduled, scheduled);
            if (IsCancellationRequested)
            {
                Interlocked.Exchange(ref _scheduled, null)?.Dispose();
            }
        }
    }
}
