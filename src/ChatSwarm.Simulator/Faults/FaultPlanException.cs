namespace ChatSwarm.Simulator.Faults;

/// <summary>A fault plan file is invalid; <see cref="Errors"/> holds every problem, one line each, "file:line:column: what is expected".</summary>
public sealed class FaultPlanException : Exception
{
    /// <summary>Creates the exception from one or more one-line errors; the message is those lines.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public FaultPlanException(IReadOnlyList<string> errors)
        : base(errors is { Count: > 0 } ? string.Join(Environment.NewLine, errors) : "invalid fault plan")
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with the default message.</summary>
    public FaultPlanException()
        : this("invalid fault plan")
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    /// <param name="message">The message.</param>
    public FaultPlanException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FaultPlanException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Every problem found, one line each: "file:line:column: message".</summary>
    public IReadOnlyList<string> Errors { get; }
}
