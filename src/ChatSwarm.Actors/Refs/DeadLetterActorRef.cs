namespace ChatSwarm.Actors;

/// <summary>The system's dead-letter reference: everything told to it is counted and published as a <see cref="DeadLetter"/>.</summary>
internal sealed class DeadLetterActorRef : InternalActorRef
{
    private readonly ActorSystem _system;

    public DeadLetterActorRef(ActorSystem system)
    {
        _system = system;
        Path = new ActorPath(system.Name, null, "deadLetters");
    }

    public override ActorPath Path { get; }

    internal override void Post(object message, IActorRef? sender)
    {
        if (message is DeadLetter letter)
        {
            _system.PublishDeadLetter(letter);
            return;
        }

        _system.PublishDeadLetter(new DeadLetter(message, sender, this));
    }

    internal override ActorSystem? OwnerSystem => _system;

    internal override void SendSystem(SystemMessage message) => RespondToSystemMessageWhenDead(message);
}
