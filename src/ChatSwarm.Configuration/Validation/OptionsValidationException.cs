namespace ChatSwarm.Configuration.Validation;

/// <summary>
/// Settings are invalid; <see cref="Problems"/> lists every problem, one line each naming the field. The message joins
/// them on one line ("; ") so a command line can print it as one error. An <see cref="ArgumentException"/>, since the
/// settings are the argument of the component that rejected them.
/// </summary>
public sealed class OptionsValidationException : ArgumentException
{
    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="problems">The one-line problems, at least one.</param>
    public OptionsValidationException(IReadOnlyList<string> problems)
        : base(problems is { Count: > 0 } ? string.Join("; ", problems) : "invalid settings")
    {
        Problems = problems is { Count: > 0 } ? problems : ["invalid settings"];
    }

    /// <summary>Creates the exception from one problem.</summary>
    /// <param name="message">The one-line problem.</param>
    public OptionsValidationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public OptionsValidationException()
        : this("invalid settings")
    {
    }

    /// <summary>Creates the exception from one problem and its cause.</summary>
    /// <param name="message">The one-line problem.</param>
    /// <param name="innerException">The cause.</param>
    public OptionsValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Every problem found, one line each, in field order.</summary>
    public IReadOnlyList<string> Problems { get; }
}
