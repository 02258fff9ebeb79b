namespace ChatSwarm.Actors;

/// <summary>The reference that points to no actor; it discards every message and is always "terminated".</summary>
public sealed class Nobody : InternalActorRef
{
    /// <summary>The only instance.</summary>
    public static readonly Nobody Instance = new();

    private Nobody()
    {
    }

    /// <inheritdoc />
    public override ActorPath Path { get; } = new("nobody", null, "nobody");

    internal override void Post(object message, IActorRef? sender)
    {
        // Discarding is the contract of Nobody: it is what you pass when a reply must go nowhere.
    }

    internal override void SendSystem(SystemMessage message) => RespondToSystemMessageWhenDead(message);
}
