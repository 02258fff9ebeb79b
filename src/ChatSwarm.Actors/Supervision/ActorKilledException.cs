namespace ChatSwarm.Actors;

/// <summary>The failure an actor suffers when it receives <see cref="Kill"/>; the default decider stops it.</summary>
public sealed class ActorKilledException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ActorKilledException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public ActorKilledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The underlying cause.</param>
    public ActorKilledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
