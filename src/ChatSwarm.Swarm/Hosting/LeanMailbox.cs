using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// The customers' mailbox (<c>chatswarm.customer-mailbox</c>): unbounded like Akka's default, but a customer's queue
/// costs a small lock-guarded ring instead of a <see cref="System.Collections.Concurrent.ConcurrentQueue{T}"/> whose
/// first segment alone holds 32 slots. A customer sees a message every few seconds (a poll result, a timer, a send's
/// answer), so contention is nil and the ~700 bytes saved per customer are worth more than lock-freedom.
/// </summary>
public sealed class LeanMailbox : MailboxType, IProducesMessageQueue<LeanMessageQueue>
{
    /// <summary>Called by Akka with the system settings and the mailbox's configuration section.</summary>
    public LeanMailbox(Settings settings, Config config)
        : base(settings, config)
    {
    }

    /// <inheritdoc />
    public override IMessageQueue Create(IActorRef owner, ActorSystem system) => new LeanMessageQueue();
}

/// <summary>The queue of <see cref="LeanMailbox"/>: a ring buffer grown on demand and kept once allocated (no allocation per message).</summary>
public sealed class LeanMessageQueue : IMessageQueue, IUnboundedMessageQueueSemantics
{
    private readonly object _gate = new();
    private Envelope[]? _ring;
    private int _head;
    private int _count;

    /// <inheritdoc />
    public bool HasMessages => Volatile.Read(ref _count) > 0;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public void Enqueue(IActorRef receiver, Envelope envelope)
    {
        lock (_gate)
        {
            var ring = _ring;
            if (ring is null || _count == ring.Length)
            {
                ring = Grow(ring);
            }

            ring[(_head + _count) % ring.Length] = envelope;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <inheritdoc />
    public bool TryDequeue(out Envelope envelope)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                envelope = default;
                return false;
            }

            var ring = _ring!;
            envelope = ring[_head];
            ring[_head] = default;
            _head = (_head + 1) % ring.Length;
            Volatile.Write(ref _count, _count - 1);
            return true;
        }
    }

    /// <inheritdoc />
    public void CleanUp(IActorRef owner, IMessageQueue deadletters)
    {
        while (TryDequeue(out var envelope))
        {
            deadletters.Enqueue(owner, envelope);
        }
    }

    private Envelope[] Grow(Envelope[]? ring)
    {
        var grown = new Envelope[ring is null ? 4 : ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = ring![(_head + i) % ring.Length];
        }

        _head = 0;
        _ring = grown;
        return grown;
    }
}
