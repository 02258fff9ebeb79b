namespace ChatSwarm.Client;

/// <summary>Whether an operation succeeded, as in the Agent Desktop API's <c>OperationResult.status</c>.</summary>
public enum ResultStatus
{
    /// <summary>The call succeeded and <see cref="OperationResult{T}.Data"/> holds its value.</summary>
    Success,

    /// <summary>The call failed and <see cref="OperationResult{T}.Error"/> says why.</summary>
    Error,
}
