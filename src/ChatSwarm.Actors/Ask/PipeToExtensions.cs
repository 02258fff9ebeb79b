namespace ChatSwarm.Actors;

/// <summary>Turns task completions into messages, the actor-safe way to consume async results.</summary>
public static class PipeToExtensions
{
    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> its result (or <paramref name="success"/>'s
    /// mapping of it); a faulted or cancelled task arrives as <see cref="Status.Failure"/> (or <paramref name="failure"/>'s mapping).
    /// A null result arrives as <see cref="Status.Success"/> with a null value.
    /// </summary>
    public static Task PipeTo<T>(
        this Task<T> task,
        IActorRef recipient,
        IActorRef? sender = null,
        Func<T, object>? success = null,
        Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return PipeCore(task, recipient, sender, success, failure);
    }

    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> <paramref name="success"/>'s message (default
    /// <see cref="Status.Success"/> with a null value); a faulted or cancelled task arrives as <see cref="Status.Failure"/>.
    /// </summary>
    public static Task PipeTo(
        this Task task,
        IActorRef recipient,
        IActorRef? sender = null,
        Func<object>? success = null,
        Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return PipeCore(task, recipient, sender, success, failure);
    }

    private static async Task PipeCore<T>(Task<T> task, IActorRef recipient, IActorRef? sender, Func<T, object>? success, Func<Exception, object>? failure)
    {
        object message;
        try
        {
            var result = await task.ConfigureAwait(false);
            message = success is not null ? success(result) : (object?)result ?? new Status.Success(null);
        }
        catch (Exception ex)
        {
            message = failure is not null ? failure(ex) : new Status.Failure(ex);
        }

        Deliver(recipient, message, sender);
    }

    private static async Task PipeCore(Task task, IActorRef recipient, IActorRef? sender, Func<object>? success, Func<Exception, object>? failure)
    {
        object message;
        try
        {
            await task.ConfigureAwait(false);
            message = success is not null ? success() : new Status.Success(null);
        }
        catch (Exception ex)
        {
            message = failure is not null ? failure(ex) : new Status.Failure(ex);
        }

        Deliver(recipient, message, sender);
    }

    // The explicit sender is used as-is: a pipe completing on an actor's thread must not pick up that actor as
    // an implicit sender.
    private static void Deliver(IActorRef recipient, object message, IActorRef? sender)
    {
        if (recipient is InternalActorRef target)
        {
            target.Post(message, sender);
        }
        else
        {
            recipient.Tell(message, sender);
        }
    }
}
