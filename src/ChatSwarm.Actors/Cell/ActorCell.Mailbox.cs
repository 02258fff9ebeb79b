using System.Runtime.CompilerServices;

namespace ChatSwarm.Actors;

/// <summary>
/// The mailbox: a Vyukov-style intrusive MPSC queue for user messages, a lock-free stack for system messages, and
/// a scheduled flag so at most one thread-pool work item runs the actor at a time. No thread per actor: a turn
/// processes up to <c>throughput</c> user messages, then yields so thousands of actors share the cores fairly.
/// </summary>
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Scheduled = 1;

    private MailboxNode _mailboxHead;
    private MailboxNode _mailboxTail;
    private SystemMessage? _systemHead;
    private int _scheduleStatus;

    internal override void Post(object message, IActorRef? sender)
    {
        if ((Volatile.Read(ref _state) & FlagTerminated) != 0)
        {
            _system.PublishDeadLetter(new DeadLetter(message, sender, this));
            return;
        }

        var node = new MailboxNode { Message = message, Sender = sender };
        var previous = Interlocked.Exchange(ref _mailboxTail, node);
        Volatile.Write(ref previous.Next, node);
        Schedule();
    }

    internal override void SendSystem(SystemMessage message)
    {
        var head = Volatile.Read(ref _systemHead);
        while (true)
        {
            message.Next = head;
            var seen = Interlocked.CompareExchange(ref _systemHead, message, head);
            if (ReferenceEquals(seen, head))
            {
                break;
            }

            head = seen;
        }

        Schedule();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Schedule()
    {
        if (Volatile.Read(ref _scheduleStatus) == Idle && Interlocked.CompareExchange(ref _scheduleStatus, Scheduled, Idle) == Idle)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>One turn of the actor on a pool thread.</summary>
    void IThreadPoolWorkItem.Execute()
    {
        var previous = t_current;
        t_current = this;
        try
        {
            ProcessSystemMessages();
            var budget = _props.Throughput ?? _system.Throughput;
            while (budget-- > 0 && (_state & BlocksUser) == 0 && HasUserMessage())
            {
                // System messages that arrived before this user message (e.g. a child's ChildTerminated ahead of
                // its Terminated) must be seen first, and may block user processing.
                ProcessSystemMessages();
                if ((_state & BlocksUser) != 0 || !TryDequeueUser(out var message, out var sender))
                {
                    break;
                }

                InvokeUser(message, sender);
                ProcessSystemMessages();
            }

            if ((_state & FlagTerminated) != 0)
            {
                DrainToDeadLetters();
            }
        }
        finally
        {
            t_current = previous;
            Volatile.Write(ref _scheduleStatus, Idle);
            if (HasPendingWork())
            {
                Schedule();
            }
        }
    }

    private bool HasPendingWork()
    {
        if (Volatile.Read(ref _systemHead) is not null)
        {
            return true;
        }

        var state = Volatile.Read(ref _state);
        if ((state & FlagTerminated) != 0)
        {
            return HasUserMessage();
        }

        return (state & BlocksUser) == 0 && HasUserMessage();
    }

    private bool HasUserMessage() =>
        _extras?.Prepended is { Count: > 0 } || !ReferenceEquals(Volatile.Read(ref _mailboxTail), _mailboxHead);

    private bool TryDequeueUser(out object message, out IActorRef? sender)
    {
        if (_extras?.Prepended is { Count: > 0 } prepended)
        {
            var envelope = prepended.Dequeue();
            message = envelope.Message;
            sender = envelope.Sender;
            return true;
        }

        var head = _mailboxHead;
        var next = Volatile.Read(ref head.Next);
        if (next is null)
        {
            if (ReferenceEquals(Volatile.Read(ref _mailboxTail), head))
            {
                message = null!;
                sender = null;
                return false;
            }

            // A producer swapped the tail but has not linked its node yet; it is a few instructions away.
            var spin = default(SpinWait);
            while ((next = Volatile.Read(ref head.Next)) is null)
            {
                spin.SpinOnce();
            }
        }

        _mailboxHead = next;
        message = next.Message!;
        sender = next.Sender;
        next.Message = null;
        next.Sender = null;
        return true;
    }

    private void ProcessSystemMessages()
    {
        while (Volatile.Read(ref _systemHead) is not null)
        {
            var batch = Interlocked.Exchange(ref _systemHead, null);

            // The stack is LIFO; reverse it so system messages keep their send order.
            SystemMessage? ordered = null;
            while (batch is not null)
            {
                var next = batch.Next;
                batch.Next = ordered;
                ordered = batch;
                batch = next;
            }

            while (ordered is not null)
            {
                var next = ordered.Next;
                ordered.Next = null;
                InvokeSystem(ordered);
                ordered = next;
            }
        }
    }

    private void DrainToDeadLetters()
    {
        while (TryDequeueUser(out var message, out var sender))
        {
            if (message is TimerMessage or ReceiveTimeoutTick)
            {
                continue;
            }

            _system.PublishDeadLetter(new DeadLetter(message, sender, this));
        }
    }

    /// <summary>Puts envelopes back in front of the mailbox, in order, ahead of anything prepended earlier.</summary>
    internal void Prepend(IReadOnlyList<Envelope> envelopes)
    {
        if (envelopes.Count == 0)
        {
            return;
        }

        var extras = Extras;
        var queue = new Queue<Envelope>(envelopes.Count + (extras.Prepended?.Count ?? 0));
        foreach (var envelope in envelopes)
        {
            queue.Enqueue(envelope);
        }

        if (extras.Prepended is { } old)
        {
            while (old.Count > 0)
            {
                queue.Enqueue(old.Dequeue());
            }
        }

        extras.Prepended = queue;
    }
}
