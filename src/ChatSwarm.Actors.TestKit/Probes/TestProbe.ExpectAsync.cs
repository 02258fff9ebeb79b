namespace ChatSwarm.Actors.TestKit;

public sealed partial class TestProbe
{
    /// <summary>Async <see cref="ExpectMsg{T}(Predicate{T}, TimeSpan?, string?)"/>.</summary>
    public async Task<T> ExpectMsgAsync<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null, string? hint = null) =>
        Check(await TakeAsync(timeout, typeof(T).Name).ConfigureAwait(false), predicate, null, hint);

    /// <summary>Async <see cref="ExpectMsg{T}(T, TimeSpan?)"/>.</summary>
    public async Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null) =>
        Check<T>(await TakeAsync(timeout, Describe(expected)).ConfigureAwait(false), m => Equals(m, expected), null, $"expected {Describe(expected)}");

    /// <summary>Async <see cref="ExpectMsgFrom{T}"/>.</summary>
    public async Task<T> ExpectMsgFromAsync<T>(IActorRef sender, Predicate<T>? predicate = null, TimeSpan? timeout = null) =>
        Check(await TakeAsync(timeout, typeof(T).Name).ConfigureAwait(false), predicate, sender, null);

    /// <summary>Async <see cref="ExpectNoMsg"/>.</summary>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        var wait = _timing.Resolve(duration ?? _timing.Options.DefaultNoMessageDuration);
        if (await _queue.TryTakeAsync(wait).ConfigureAwait(false) is { } envelope)
        {
            Record(envelope);
            Assert.Fail($"Expected no message within {wait} but received {Describe(envelope.Message)}.");
        }
    }

    /// <summary>Async <see cref="ExpectTerminated"/>.</summary>
    public async Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var envelope = await TakeAsync(timeout, $"Terminated of {target.Path}").ConfigureAwait(false);
        return Check<Terminated>(envelope, t => Equals(t.ActorRef, target), null, $"Terminated of {target.Path}");
    }

    /// <summary>Async <see cref="ReceiveOne"/>.</summary>
    public async Task<object> ReceiveOneAsync(TimeSpan? timeout = null) =>
        (await TakeAsync(timeout, "any message").ConfigureAwait(false)).Message;

    /// <summary>Async <see cref="ReceiveN"/>.</summary>
    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + _timing.Resolve(timeout);
        var received = new List<object>(count);
        while (received.Count < count)
        {
            if (await _queue.TryTakeAsync(deadline - DateTime.UtcNow).ConfigureAwait(false) is not { } envelope)
            {
                Assert.Fail($"Expected {count} messages but received {received.Count} before the timeout.");
                break;
            }

            received.Add(Record(envelope).Message);
        }

        return received;
    }

    /// <summary>Async <see cref="FishForMessage{T}"/>.</summary>
    public async Task<T> FishForMessageAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var deadline = DateTime.UtcNow + _timing.Resolve(timeout);
        while (true)
        {
            if (await _queue.TryTakeAsync(deadline - DateTime.UtcNow).ConfigureAwait(false) is not { } envelope)
            {
                Assert.Fail($"No {typeof(T).Name} matching the predicate arrived before the timeout.");
                throw new InvalidOperationException("unreachable");
            }

            if (Record(envelope).Message is T typed && isMessage(typed))
            {
                return typed;
            }
        }
    }

    /// <summary>Async <see cref="FishForMessage(Predicate{object}, TimeSpan?)"/>.</summary>
    public Task<object> FishForMessageAsync(Predicate<object> isMessage, TimeSpan? timeout = null) => FishForMessageAsync<object>(isMessage, timeout);

    private async Task<Envelope> TakeAsync(TimeSpan? timeout, string what)
    {
        var wait = _timing.Resolve(timeout);
        if (await _queue.TryTakeAsync(wait).ConfigureAwait(false) is not { } envelope)
        {
            Assert.Fail($"Timeout ({wait}) while waiting for {what} at {Ref.Path}.");
            throw new InvalidOperationException("unreachable");
        }

        return Record(envelope);
    }
}
