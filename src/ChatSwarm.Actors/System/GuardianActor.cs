namespace ChatSwarm.Actors;

/// <summary>The user guardian: parent of top-level actors. It handles no messages of its own.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected internal override bool Receive(object message) => false;
}
