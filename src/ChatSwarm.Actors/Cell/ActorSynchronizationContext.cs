namespace ChatSwarm.Actors;

/// <summary>
/// Captured by awaits inside async handlers: continuations are posted back to the actor's mailbox and run on its
/// turn, so an async handler never runs concurrently with anything else in the same actor.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell, int incarnation) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) =>
        cell.SendSystem(new ContinuationSystemMessage(d, state, incarnation));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send into an actor would deadlock; use Post.");

    public override SynchronizationContext CreateCopy() => this;
}
