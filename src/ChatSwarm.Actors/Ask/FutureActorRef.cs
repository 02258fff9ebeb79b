namespace ChatSwarm.Actors;

/// <summary>A one-shot temporary reference that completes an Ask with the first reply.</summary>
internal sealed class FutureActorRef<T> : InternalActorRef
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorSystem? _system;
    private readonly IActorRef _target;

    public FutureActorRef(ActorSystem? system, IActorRef target)
    {
        _system = system;
        _target = target;
    }

    public Task<T> Task => _completion.Task;

    public override ActorPath Path => new(_system?.Name ?? "temp", new ActorPath(_system?.Name ?? "temp", null, "temp"), "$ask");

    internal override ActorSystem? OwnerSystem => _system;

    internal override void Post(object message, IActorRef? sender)
    {
        switch (message)
        {
            case Status.Failure failure:
                _completion.TrySetException(failure.Cause);
                break;
            case T reply:
                _completion.TrySetResult(reply);
                break;
            default:
                _completion.TrySetException(new InvalidCastException(
                    $"Ask to {_target.Path} expected a reply of type {typeof(T).Name} but received {message.GetType().Name}."));
                break;
        }
    }

    internal override void SendSystem(SystemMessage message) => RespondToSystemMessageWhenDead(message);
}
