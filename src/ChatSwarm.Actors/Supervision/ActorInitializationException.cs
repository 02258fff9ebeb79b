namespace ChatSwarm.Actors;

/// <summary>Thrown (and reported to the supervisor) when an actor's factory, constructor or PreStart fails; the default decider stops such actors.</summary>
public sealed class ActorInitializationException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ActorInitializationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public ActorInitializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The underlying cause.</param>
    public ActorInitializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
