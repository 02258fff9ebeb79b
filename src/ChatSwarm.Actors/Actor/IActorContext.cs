namespace ChatSwarm.Actors;

/// <summary>The actor's view of the runtime, valid only on the actor's own turn (its handlers, hooks and async continuations).</summary>
public interface IActorContext
{
    /// <summary>This actor's reference.</summary>
    IActorRef Self { get; }

    /// <summary>Sender of the message being processed; the dead-letter reference when there was none.</summary>
    IActorRef Sender { get; }

    /// <summary>The supervising parent (the user guardian for top-level actors).</summary>
    IActorRef Parent { get; }

    /// <summary>The owning actor system.</summary>
    ActorSystem System { get; }

    /// <summary>The Props this actor was created from.</summary>
    Props Props { get; }

    /// <summary>A snapshot of the live (and stopping) children.</summary>
    IEnumerable<IActorRef> Children { get; }

    /// <summary>The receive timeout currently set, or null.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>The child with this name, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Child(string name);

    /// <summary>Creates a child actor supervised by this actor.</summary>
    /// <param name="props">How to create it.</param>
    /// <param name="name">Unique name among siblings; null generates one.</param>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Stops a child or this actor (asynchronously; the current message finishes first).</summary>
    void Stop(IActorRef actor);

    /// <summary>Delivers <see cref="Terminated"/> when <paramref name="subject"/> stops, immediately if it is already dead.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Cancels a watch; a <see cref="Terminated"/> not yet processed is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Sets (or with null clears) the inactivity period after which <see cref="Actors.ReceiveTimeout"/> is delivered.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);

    /// <summary>Replaces the current behaviour (discarding the behaviour stack).</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behaviour; <see cref="UnbecomeStacked"/> returns to the previous one.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Pops the behaviour pushed by <see cref="BecomeStacked"/>; with nothing pushed, returns to the initial behaviour.</summary>
    void UnbecomeStacked();

    /// <summary>Same as <see cref="UnbecomeStacked"/>.</summary>
    void Unbecome();

    /// <summary>A logger whose events carry this actor's path.</summary>
    ILoggingAdapter GetLogger();
}
