namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>The error part of an OperationResult: code, name (snake_case, e.g. "self_call") and message.</summary>
/// <param name="Code">The numeric code.</param>
/// <param name="Name">The code's snake_case name.</param>
/// <param name="Message">What went wrong.</param>
public sealed record AgentResultError(int Code, string Name, string? Message)
{
    /// <summary>Builds the error for a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns>The error.</returns>
    public static AgentResultError From(AgentErrorCode code, string? message) => new((int)code, NameOf(code), message);

    /// <summary>The seed's snake_case name of a code, e.g. "not_logged_in".</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name.</returns>
    public static string NameOf(AgentErrorCode code)
    {
        var name = code.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
