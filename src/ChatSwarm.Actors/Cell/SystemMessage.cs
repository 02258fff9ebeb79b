namespace ChatSwarm.Actors;

/// <summary>
/// A message for the runtime itself (create, stop, watch, failure...). Processed before any user message;
/// linked intrusively so the per-actor system queue costs one field when empty.
/// </summary>
internal abstract class SystemMessage
{
    /// <summary>Next message in the lock-free system stack.</summary>
    public SystemMessage? Next;
}

/// <summary>Creates the first incarnation of the actor.</summary>
internal sealed class CreateSystemMessage : SystemMessage;

/// <summary>Stops the actor (and, first, its children).</summary>
internal sealed class TerminateSystemMessage : SystemMessage;

/// <summary>Resumes a failed actor keeping its state.</summary>
internal sealed class ResumeSystemMessage : SystemMessage;

/// <summary>Replaces a failed actor's instance.</summary>
internal sealed class RecreateSystemMessage(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}

/// <summary>A child reports a failure to its parent.</summary>
internal sealed class FailedSystemMessage(ActorCell child, Exception cause, int childIncarnation) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;

    public int ChildIncarnation { get; } = childIncarnation;
}

/// <summary>A child tells its parent it has fully stopped, freeing its name.</summary>
internal sealed class ChildTerminatedSystemMessage(ActorCell child) : SystemMessage
{
    public ActorCell Child { get; } = child;
}

/// <summary>Registers <see cref="Watcher"/> for a <see cref="Terminated"/> notification.</summary>
internal sealed class WatchSystemMessage(InternalActorRef watcher) : SystemMessage
{
    public InternalActorRef Watcher { get; } = watcher;
}

/// <summary>Removes a watch registration.</summary>
internal sealed class UnwatchSystemMessage(InternalActorRef watcher) : SystemMessage
{
    public InternalActorRef Watcher { get; } = watcher;
}

/// <summary>Runs an async handler's continuation inside the actor, one at a time with its messages.</summary>
internal sealed class ContinuationSystemMessage(SendOrPostCallback callback, object? state, int incarnation) : SystemMessage
{
    public SendOrPostCallback Callback { get; } = callback;

    public object? State { get; } = state;

    public int Incarnation { get; } = incarnation;
}

/// <summary>An async handler finished; user messages may flow again.</summary>
internal sealed class AsyncHandlerDoneSystemMessage(Task task, int incarnation) : SystemMessage
{
    public Task Task { get; } = task;

    public int Incarnation { get; } = incarnation;
}
