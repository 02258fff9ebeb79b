namespace ChatSwarm.Actors;

/// <summary>A handle to an actor: the only way to talk to it. Safe to share between threads.</summary>
public interface IActorRef
{
    /// <summary>The actor's location in the hierarchy, e.g. <c>chatswarm://swarm/user/customer-1</c>.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Enqueues <paramref name="message"/> without waiting. When <paramref name="sender"/> is null and the call is
    /// made from inside an actor, the calling actor becomes the sender (Akka's implicit sender); otherwise the
    /// message has no sender and replies go to dead letters.
    /// </summary>
    void Tell(object message, IActorRef? sender = null);
}
