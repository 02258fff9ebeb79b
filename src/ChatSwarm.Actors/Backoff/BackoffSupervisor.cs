namespace ChatSwarm.Actors;

/// <summary>
/// A supervisor that restarts its single child with exponential backoff. Messages sent to it are forwarded to the
/// child; while the child is stopped they go to dead letters (or get the reply-while-stopped answer).
/// </summary>
public static class BackoffSupervisor
{
    /// <summary>Props for a backoff supervisor; throws <see cref="ArgumentException"/> naming the invalid field.</summary>
    public static Props Props(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(options));
        }

        return Actors.Props.Create(() => new BackoffSupervisorActor(options));
    }

    /// <summary>Ask for the current child; answered with <see cref="CurrentChild"/>.</summary>
    public sealed class GetCurrentChild
    {
        /// <summary>The only instance.</summary>
        public static readonly GetCurrentChild Instance = new();

        private GetCurrentChild()
        {
        }
    }

    /// <summary>The current child, or null while it is stopped.</summary>
    /// <param name="Ref">The child's reference.</param>
    public sealed record CurrentChild(IActorRef? Ref);

    /// <summary>Ask for the restart count; answered with <see cref="RestartCount"/>.</summary>
    public sealed class GetRestartCount
    {
        /// <summary>The only instance.</summary>
        public static readonly GetRestartCount Instance = new();

        private GetRestartCount()
        {
        }
    }

    /// <summary>Restarts in the current streak (reset by auto or manual reset).</summary>
    /// <param name="Count">The count.</param>
    public sealed record RestartCount(int Count);

    /// <summary>Resets the restart count to zero (manual-reset mode only).</summary>
    public sealed class Reset
    {
        /// <summary>The only instance.</summary>
        public static readonly Reset Instance = new();

        private Reset()
        {
        }
    }
}
