namespace ChatSwarm.Bots.Customers;

/// <summary>A customer data feed could not be read; <see cref="Errors"/> holds one "file:line: problem" line each.</summary>
public sealed class CustomerFeedException : Exception
{
    /// <summary>Creates the exception from its error lines.</summary>
    /// <param name="errors">One line per problem, at least one.</param>
    public CustomerFeedException(IReadOnlyList<string> errors)
        : base(errors is { Count: > 0 } ? (errors.Count == 1 ? errors[0] : $"{errors[0]} (and {errors.Count - 1} more)") : "invalid customer data feed")
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with one error.</summary>
    /// <param name="message">The error line.</param>
    public CustomerFeedException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CustomerFeedException()
        : this("invalid customer data feed")
    {
    }

    /// <summary>Creates the exception with one error and its cause.</summary>
    /// <param name="message">The error line.</param>
    /// <param name="innerException">The cause.</param>
    public CustomerFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Every problem, one line each, naming file and line.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
