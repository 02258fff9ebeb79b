namespace ChatSwarm.Client;

/// <summary>Why a call failed, as in the Agent Desktop API's <c>ResultError</c>: a code, its snake_case name, and a message.</summary>
/// <param name="Code">The error code (API <c>error_code</c>, HTTP status, or transport fault).</param>
/// <param name="Name">The code's stable snake_case name, e.g. <c>no_chat_server_available</c>.</param>
/// <param name="Message">The server's <c>error_message</c> or a description of the fault.</param>
/// <param name="HttpStatus">The HTTP status that carried the error, or 0 when none was received.</param>
public sealed record ApiError(ApiErrorCode Code, string Name, string? Message, int HttpStatus = 0)
{
    /// <summary>Whether a retry (after backoff) may succeed: 5000, 5001, 5004, 5955, 429, 503 and transport faults.</summary>
    public bool IsTransient => Code.IsTransient();

    /// <summary>Creates an error for <paramref name="code"/> with its standard name and the given or documented message.</summary>
    public static ApiError From(ApiErrorCode code, string? message = null, int httpStatus = 0) =>
        new(code, code.GetName(), message ?? code.GetDescription(), httpStatus);

    /// <inheritdoc />
    public override string ToString() => $"{(int)Code} {Name}: {Message}";
}
