namespace ChatSwarm.Actors;

/// <summary>Thrown when an actor does not handle the <see cref="Terminated"/> of an actor it watches; the default decider stops it.</summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public DeathPactException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public DeathPactException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The underlying cause.</param>
    public DeathPactException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
