namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>The Agent Desktop OperationResult: status "success" with data, or "error" with data null and an error.</summary>
/// <typeparam name="T">The returned data.</typeparam>
/// <param name="Status">"success" or "error".</param>
/// <param name="Data">The data on success.</param>
/// <param name="Error">The error on failure.</param>
public sealed record AgentOperationResult<T>(string Status, T? Data, AgentResultError? Error)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool IsSuccess => Status == "success";

    /// <summary>A successful result.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The result.</returns>
    public static AgentOperationResult<T> Success(T data) => new("success", data, null);

    /// <summary>A failed result.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns>The result.</returns>
    public static AgentOperationResult<T> Failure(AgentErrorCode code, string message) => new("error", default, AgentResultError.From(code, message));
}
