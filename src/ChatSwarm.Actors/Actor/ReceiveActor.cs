namespace ChatSwarm.Actors;

/// <summary>
/// An actor that declares typed handlers in its constructor (or inside <see cref="Become(Action)"/>); the first
/// handler whose type and predicate match a message handles it.
/// </summary>
public abstract partial class ReceiveActor : ActorBase
{
    // One field holds the handler list while the constructor (or a Become block) declares handlers, then the
    // sealed array: an idle actor keeps only what dispatch needs.
    private object _handlers = new List<MessageHandler>();

    /// <summary>Handles messages of type <typeparamref name="T"/> (optionally only those matching <paramref name="shouldHandle"/>).</summary>
    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(shouldHandle is null ? new SyncHandler<T>(handler) : new FilteredSyncHandler<T>(handler, shouldHandle));
    }

    /// <summary>
    /// Handles messages of type <typeparamref name="T"/> asynchronously. The actor processes no other user message
    /// until the returned task completes (continuations run on the actor's turn); a fault fails the actor.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Add(new AsyncHandler<T>(handler, shouldHandle));
    }

    /// <summary>Handles any message not matched by an earlier handler.</summary>
    protected void ReceiveAny(Action<object> handler) => Receive(handler);

    /// <summary>Asynchronously handles any message not matched by an earlier handler.</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler) => ReceiveAsync(handler);

    /// <summary>Replaces the behaviour with the handlers that <paramref name="configure"/> declares.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes the handlers that <paramref name="configure"/> declares; <c>Context.UnbecomeStacked()</c> pops them.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    /// <inheritdoc />
    protected internal sealed override bool Receive(object message) =>
        _handlers is MessageHandler[] handlers && Dispatch(handlers, message);

    private protected override void OnConstructed() =>
        _handlers = _handlers is List<MessageHandler> { Count: > 0 } list ? list.ToArray() : Array.Empty<MessageHandler>();

    private Receive Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var saved = _handlers;
        var building = new List<MessageHandler>();
        _handlers = building;
        try
        {
            configure();
        }
        finally
        {
            _handlers = saved;
        }

        var handlers = building.ToArray();
        return message => Dispatch(handlers, message);
    }

    private void Add(MessageHandler handler)
    {
        if (_handlers is not List<MessageHandler> building)
        {
            throw new InvalidOperationException(
                $"{GetType().Name}: Receive handlers can only be declared in the constructor or inside Become(...)/BecomeStacked(...).");
        }

        building.Add(handler);
    }

    private bool Dispatch(MessageHandler[] handlers, object message)
    {
        foreach (var handler in handlers)
        {
            if (handler.TryHandle(Cell, message))
            {
                return true;
            }
        }

        return false;
    }
}
