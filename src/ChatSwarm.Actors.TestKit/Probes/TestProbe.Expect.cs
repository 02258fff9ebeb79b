namespace ChatSwarm.Actors.TestKit;

public sealed partial class TestProbe
{
    /// <summary>Receives the next message, which must be a <typeparamref name="T"/> matching <paramref name="predicate"/>.</summary>
    public T ExpectMsg<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null, string? hint = null) =>
        Check(Take(timeout, typeof(T).Name), predicate, null, hint);

    /// <summary>Receives the next message, which must equal <paramref name="expected"/>.</summary>
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) =>
        Check<T>(Take(timeout, Describe(expected)), m => Equals(m, expected), null, $"expected {Describe(expected)}");

    /// <summary>Receives the next message, which must be a <typeparamref name="T"/> sent by <paramref name="sender"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, Predicate<T>? predicate = null, TimeSpan? timeout = null) =>
        Check(Take(timeout, typeof(T).Name), predicate, sender, null);

    /// <summary>Asserts that nothing arrives within <paramref name="duration"/> (default: the configured no-message duration).</summary>
    public void ExpectNoMsg(TimeSpan? duration = null)
    {
        var wait = _timing.Resolve(duration ?? _timing.Options.DefaultNoMessageDuration);
        if (_queue.TryTake(wait, out var envelope))
        {
            Record(envelope);
            Assert.Fail($"Expected no message within {wait} but received {Describe(envelope.Message)}.");
        }
    }

    /// <summary>Receives the <see cref="Terminated"/> of <paramref name="target"/> (watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Check<Terminated>(Take(timeout, $"Terminated of {target.Path}"), t => Equals(t.ActorRef, target), null, $"Terminated of {target.Path}");
    }

    /// <summary>Receives any message.</summary>
    public object ReceiveOne(TimeSpan? timeout = null) => Take(timeout, "any message").Message;

    /// <summary>Receives exactly <paramref name="count"/> messages within <paramref name="timeout"/> in total.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + _timing.Resolve(timeout);
        var received = new List<object>(count);
        while (received.Count < count)
        {
            if (!_queue.TryTake(deadline - DateTime.UtcNow, out var envelope))
            {
                Assert.Fail($"Expected {count} messages but received {received.Count} before the timeout.");
            }

            received.Add(Record(envelope).Message);
        }

        return received;
    }

    /// <summary>Skips messages until one matches <paramref name="isMessage"/>; fails if none does within the timeout.</summary>
    public object FishForMessage(Predicate<object> isMessage, TimeSpan? timeout = null) => FishForMessage<object>(isMessage, timeout);

    /// <summary>Skips messages until a <typeparamref name="T"/> matches <paramref name="isMessage"/>.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var deadline = DateTime.UtcNow + _timing.Resolve(timeout);
        while (true)
        {
            if (!_queue.TryTake(deadline - DateTime.UtcNow, out var envelope))
            {
                Assert.Fail($"No {typeof(T).Name} matching the predicate arrived before the timeout.");
            }

            if (Record(envelope).Message is T typed && isMessage(typed))
            {
                return typed;
            }
        }
    }

    private Envelope Take(TimeSpan? timeout, string what)
    {
        var wait = _timing.Resolve(timeout);
        if (!_queue.TryTake(wait, out var envelope))
        {
            Assert.Fail($"Timeout ({wait}) while waiting for {what} at {Ref.Path}.");
        }

        return Record(envelope);
    }
}
