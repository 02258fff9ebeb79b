namespace ChatSwarm.Actors;

/// <summary>Request/response with actors.</summary>
public static class AskExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> with a temporary sender and awaits the first reply. A <see cref="Status.Failure"/>
    /// reply throws its cause; a reply of another type throws <see cref="InvalidCastException"/>; no reply within
    /// <paramref name="timeout"/> (measured on the system's TimeProvider) throws <see cref="AskTimeoutException"/>.
    /// </summary>
    public static async Task<T> Ask<T>(this IActorRef target, object message, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "Ask timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        var system = (target as InternalActorRef)?.OwnerSystem;
        var future = new FutureActorRef<T>(system, target);
        if (target is InternalActorRef internalTarget)
        {
            internalTarget.Post(message, future);
        }
        else
        {
            target.Tell(message, future);
        }

        try
        {
            return await future.Task.WaitAsync(timeout, system?.TimeProvider ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new AskTimeoutException($"Ask to {target.Path} with {message.GetType().Name} got no reply within {timeout}.");
        }
    }

    /// <summary>Untyped <see cref="Ask{T}"/>: returns whatever the reply is.</summary>
    public static Task<object> Ask(this IActorRef target, object message, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        target.Ask<object>(message, timeout, cancellationToken);
}
