namespace ChatSwarm.Bots.Scripting;

/// <summary>A bot script could not be loaded; <see cref="Errors"/> lists every problem, one line each ("path:line:column: ...; expected ...").</summary>
public sealed class BotScriptException : Exception
{
    /// <summary>Creates the exception from its error lines.</summary>
    /// <param name="errors">The errors (at least one).</param>
    public BotScriptException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : $"{errors[0]} (and {errors.Count - 1} more)")
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for one error.</summary>
    /// <param name="message">The error line.</param>
    public BotScriptException(string message)
        : this([message])
    {
    }

    /// <summary>Creates an empty exception (for serializers and analyzers).</summary>
    public BotScriptException()
        : this(["invalid bot script"])
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="message">The error line.</param>
    /// <param name="innerException">The cause.</param>
    public BotScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Every problem found, one line each.</summary>
    public IReadOnlyList<string> Errors { get; }
}
