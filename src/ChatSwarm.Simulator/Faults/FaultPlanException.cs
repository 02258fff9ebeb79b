namespace ChatSwarm.Simulator.Faults;

/// <summary>A fault plan file is invalid; the message is one line of the form "file:line:column: what is expected".</summary>
public sealed class FaultPlanException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FaultPlanException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    /// <param name="message">The message.</param>
    public FaultPlanException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FaultPlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
