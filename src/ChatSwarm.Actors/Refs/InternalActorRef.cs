namespace ChatSwarm.Actors;

/// <summary>Base of every reference the runtime creates; carries the internal delivery paths.</summary>
public abstract class InternalActorRef : IActorRef
{
    // No path field here: a cell computes its path on demand, which keeps every actor 8 bytes smaller.
    private protected InternalActorRef()
    {
    }

    /// <inheritdoc />
    public abstract ActorPath Path { get; }

    /// <inheritdoc />
    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Post(message, sender ?? ActorCell.CurrentSelf);
    }

    /// <summary>The system this reference belongs to, when it belongs to one.</summary>
    internal virtual ActorSystem? OwnerSystem => null;

    /// <summary>Delivers a user message with an explicit sender (no implicit-sender lookup).</summary>
    internal abstract void Post(object message, IActorRef? sender);

    /// <summary>Delivers a system message (watch, stop, failure...), which overtakes user messages.</summary>
    internal abstract void SendSystem(SystemMessage message);

    /// <summary>Answers watch requests on a reference that has no live actor, so watchers still learn of the death.</summary>
    private protected void RespondToSystemMessageWhenDead(SystemMessage message)
    {
        if (message is WatchSystemMessage watch)
        {
            watch.Watcher.Post(new Terminated(this, ExistenceConfirmed: false), this);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path.ToString();
}
