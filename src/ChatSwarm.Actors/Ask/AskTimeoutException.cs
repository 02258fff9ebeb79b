namespace ChatSwarm.Actors;

/// <summary>Thrown by Ask when no reply arrived within the timeout.</summary>
public sealed class AskTimeoutException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public AskTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public AskTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The underlying cause.</param>
    public AskTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
