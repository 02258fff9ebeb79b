namespace ChatSwarm.Actors;

/// <summary>An actor with a single <see cref="OnReceive"/> method; call <c>Unhandled(message)</c> for messages it does not know.</summary>
public abstract class UntypedActor : ActorBase
{
    /// <summary>Handles every message.</summary>
    protected abstract void OnReceive(object message);

    /// <inheritdoc />
    protected internal sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }
}
