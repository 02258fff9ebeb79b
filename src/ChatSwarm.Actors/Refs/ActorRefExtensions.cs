namespace ChatSwarm.Actors;

/// <summary>Akka.NET's reference helpers.</summary>
public static class ActorRefExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> keeping the current message's original sender, so the target replies to it directly.
    /// Must be called from inside an actor's handler.
    /// </summary>
    public static void Forward(this IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        var cell = ActorCell.Current
            ?? throw new InvalidOperationException("Forward can only be called from inside an actor's message handler.");
        target.Tell(message, cell.Sender);
    }

    /// <summary>True when the reference is null or <see cref="ActorRefs.Nobody"/>.</summary>
    public static bool IsNobody(this IActorRef? actorRef) => actorRef is null || actorRef is Nobody;
}
