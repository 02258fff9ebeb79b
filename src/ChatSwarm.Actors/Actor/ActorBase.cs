namespace ChatSwarm.Actors;

/// <summary>
/// Base of all actors. Create instances only through <see cref="Props"/> and ActorOf; the runtime calls the
/// constructor on the actor's own turn so <see cref="Context"/>, <see cref="Self"/> are usable in it.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;

    /// <summary>Binds the instance to the cell that is creating it.</summary>
    protected ActorBase()
    {
        var cell = ActorCell.Current;
        if (cell is null || !cell.IsConstructing)
        {
            throw new ActorInitializationException(
                $"{GetType().Name} must be created through Props and ActorOf, not with 'new' directly.");
        }

        _cell = cell;
    }

    /// <summary>The actor's context (children, watch, become, timeouts...).</summary>
    protected IActorContext Context => _cell;

    /// <summary>This actor's reference.</summary>
    protected IActorRef Self => _cell;

    /// <summary>Sender of the current message (the dead-letter reference when there was none).</summary>
    protected IActorRef Sender => _cell.Sender;

    internal ActorCell Cell => _cell;

    /// <summary>The initial behaviour: returns true when the message was handled.</summary>
    protected internal abstract bool Receive(object message);

    /// <summary>Called before the first message of each incarnation. Default: nothing.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Called after the actor stopped (children already stopped). Default: nothing.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Called on the failed instance before a restart. Default (Akka): stop all children, then <see cref="PostStop"/>.</summary>
    /// <param name="reason">The failure.</param>
    /// <param name="message">The message being processed when it failed, if any.</param>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Unwatch(child);
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Called on the fresh instance after a restart. Default (Akka): <see cref="PreStart"/>.</summary>
    /// <param name="reason">The failure that caused the restart.</param>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children. Default: <see cref="Actors.SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => Actors.SupervisorStrategy.DefaultStrategy;

    /// <summary>
    /// Called for messages no behaviour handled. Default: an unhandled <see cref="Terminated"/> throws
    /// <see cref="DeathPactException"/>; anything else is published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is Terminated terminated)
        {
            throw new DeathPactException($"{_cell.Path} did not handle Terminated for watched actor {terminated.ActorRef.Path}.");
        }

        _cell.System.PublishUnhandled(new UnhandledMessage(message, _cell.CurrentSender, _cell));
    }

    /// <summary>
    /// Runs async work on the actor's turn, holding back user messages until it completes (like an async handler);
    /// a fault fails the actor. Use it for async setup in <see cref="PreStart"/>.
    /// </summary>
    protected void RunTask(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _cell.InvokeAsync(static f => f(), action);
    }

    /// <summary>Called once by the runtime after construction, before lifecycle hooks.</summary>
    private protected virtual void OnConstructed()
    {
    }

    internal void AfterConstruction() => OnConstructed();

    internal void InvokePreStart() => PreStart();

    internal void InvokePostStop() => PostStop();

    internal void InvokePreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void InvokePostRestart(Exception reason) => PostRestart(reason);

    internal SupervisorStrategy InvokeSupervisorStrategy() => SupervisorStrategy();

    internal void InvokeUnhandled(object message) => Unhandled(message);
}
