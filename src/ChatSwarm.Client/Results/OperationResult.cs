using System.Diagnostics.CodeAnalysis;

namespace ChatSwarm.Client;

/// <summary>
/// The outcome of one API call, shaped like the Agent Desktop API's <c>OperationResult</c>: a status, the data on
/// success, the error otherwise, plus what a load test measures of the call (latency, bytes, HTTP status).
/// Expected API failures never throw; they arrive here.
/// </summary>
/// <typeparam name="T">The method's result type.</typeparam>
public sealed class OperationResult<T>
{
    private OperationResult(ApiMethod method, T? data, ApiError? error)
    {
        Method = method;
        Data = data;
        Error = error;
    }

    /// <summary>The API method that produced this result.</summary>
    public ApiMethod Method { get; }

    /// <summary>Success or error.</summary>
    public ResultStatus Status => Error is null ? ResultStatus.Success : ResultStatus.Error;

    /// <summary>The value on success; default on error.</summary>
    public T? Data { get; }

    /// <summary>The failure, or null on success.</summary>
    public ApiError? Error { get; }

    /// <summary>True when <see cref="Status"/> is <see cref="ResultStatus.Success"/>.</summary>
    [MemberNotNullWhen(true, nameof(Data))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The HTTP status received, or 0 when the call failed before a response.</summary>
    public int HttpStatus { get; init; }

    /// <summary>Time from sending the request to having the response read (headers only for streamed downloads).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Request bytes written (body plus headers as estimated by the client).</summary>
    public long BytesSent { get; init; }

    /// <summary>Response body bytes read (for streamed downloads: the Content-Length, when given).</summary>
    public long BytesReceived { get; init; }

    /// <summary>Creates a success result.</summary>
    public static OperationResult<T> Success(ApiMethod method, T data) => new(method, data, null);

    /// <summary>Creates an error result.</summary>
    public static OperationResult<T> Failure(ApiMethod method, ApiError error) => new(method, default, error);

    /// <summary>A copy of this result carrying the given measurements (used by the client and by fakes in tests).</summary>
    public OperationResult<T> WithMeasurements(int httpStatus, TimeSpan elapsed, long bytesSent, long bytesReceived) =>
        new(Method, Data, Error)
        {
            HttpStatus = httpStatus,
            Elapsed = elapsed,
            BytesSent = bytesSent,
            BytesReceived = bytesReceived,
        };

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"{Method}: success" : $"{Method}: {Error}";
}
