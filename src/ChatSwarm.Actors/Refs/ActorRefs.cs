namespace ChatSwarm.Actors;

/// <summary>Well-known references, as in Akka.NET.</summary>
public static class ActorRefs
{
    /// <summary>"No sender": pass it as the sender of a Tell; it is <c>null</c> exactly like Akka.NET's NoSender.</summary>
    public static readonly IActorRef? NoSender;

    /// <summary>A reference that belongs to no actor: messages told to it are discarded silently.</summary>
    public static IActorRef Nobody => Actors.Nobody.Instance;
}
