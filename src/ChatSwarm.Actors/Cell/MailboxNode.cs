namespace ChatSwarm.Actors;

/// <summary>A node of the lock-free multi-producer, single-consumer user queue.</summary>
internal sealed class MailboxNode
{
    public object? Message;
    public IActorRef? Sender;
    public MailboxNode? Next;
}
