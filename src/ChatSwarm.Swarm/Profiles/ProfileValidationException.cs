namespace ChatSwarm.Swarm.Profiles;

/// <summary>A load profile (or an override of it) is invalid; <see cref="Errors"/> holds every problem, one line each, "file:line:column: message".</summary>
public sealed class ProfileValidationException : Exception
{
    /// <summary>Creates the exception from one or more one-line errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public ProfileValidationException(IReadOnlyList<string> errors)
        : base(errors is { Count: > 0 } ? string.Join(Environment.NewLine, errors) : "invalid load profile")
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception from one error.</summary>
    /// <param name="error">The one-line error.</param>
    public ProfileValidationException(string error)
        : this([error])
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public ProfileValidationException()
        : this("invalid load profile")
    {
    }

    /// <summary>Creates the exception from one error and its cause.</summary>
    /// <param name="error">The one-line error.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileValidationException(string error, Exception innerException)
        : base(error, innerException)
    {
        Errors = [error];
    }

    /// <summary>Every problem found, one line each: "file:line:column: message".</summary>
    public IReadOnlyList<string> Errors { get; }
}
