using System.Net.Sockets;
using System.Security.Authentication;
using ChatSwarm.Client.Resources;
using ChatSwarm.Client.Serialization;

namespace ChatSwarm.Client.Http;

internal sealed partial class MessagingHttpClient
{
    private static OperationResult<T> Fail<T>(ApiMethod method, ApiError error, int status, TimeSpan elapsed, long bytesSent, long bytesReceived) =>
        OperationResult<T>.Failure(method, error).WithMeasurements(status, elapsed, bytesSent, bytesReceived);

    private static OperationResult<T> Invalid<T>(ApiMethod method, string message) =>
        OperationResult<T>.Failure(method, ApiError.From(ApiErrorCode.InvalidRequest, $"{method}: {message}"));

    /// <summary>A non-2xx response: the API's <c>error_code</c> when the body carries one, else the HTTP status.</summary>
    internal static ApiError MapErrorResponse(int status, ReadOnlySpan<byte> body)
    {
        if (ResponseReaders.TryReadError(body) is { } apiError)
        {
            var code = (ApiErrorCode)apiError.Code;
            return new ApiError(code, code.GetName(), apiError.Message ?? code.GetDescription(), status);
        }

        var httpCode = MapStatus(status);
        return ApiError.From(httpCode, httpCode == ApiErrorCode.HttpOther ? $"HTTP {status}" : null, status);
    }

    internal static ApiErrorCode MapStatus(int status) => status switch
    {
        400 => ApiErrorCode.HttpBadRequest,
        403 => ApiErrorCode.HttpForbidden,
        404 => ApiErrorCode.HttpNotFound,
        406 => ApiErrorCode.HttpNotAcceptable,
        429 => ApiErrorCode.HttpTooManyRequests,
        500 => ApiErrorCode.HttpInternalServerError,
        503 => ApiErrorCode.HttpServiceUnavailable,
        _ => ApiErrorCode.HttpOther,
    };

    /// <summary>A failure before or while reading the response: our timeout, the network, or an oversized upload.</summary>
    internal static ApiError MapException(ApiMethod method, Exception exception, bool timedOut, TimeSpan timeout, int status)
    {
        if (FindInner<UploadTooLargeException>(exception) is { } tooLarge)
            return ApiError.From(ApiErrorCode.UploadSizeLimitExceeded, tooLarge.Message, status);
        if (exception is OperationCanceledException)
        {
            return timedOut
                ? ApiError.From(ApiErrorCode.TransportTimeout, $"{method}: no response within {timeout.TotalSeconds:0.###} s", status)
                : ApiError.From(ApiErrorCode.TransportFailure, $"{method}: the request was canceled by the transport", status);
        }
        if (exception is InvalidDataException)
            return ApiError.From(ApiErrorCode.MalformedResponse, $"{method}: {exception.Message}", status);

        var code = ClassifyTransport(exception);
        return ApiError.From(code, $"{method}: {Innermost(exception).Message}", status);
    }

    internal static ApiErrorCode ClassifyTransport(Exception exception)
    {
        // Out of descriptors is this process's limit, not the server's fault: retrying only makes it worse.
        if (OpenFileLimit.IsExhaustion(exception)) return ApiErrorCode.LocalResourceExhausted;
        if (FindInner<AuthenticationException>(exception) is not null
            || exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError })
            return ApiErrorCode.TlsFailure;
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError })
            return ApiErrorCode.NameResolutionFailed;
        if (FindInner<SocketException>(exception) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => ApiErrorCode.NameResolutionFailed,
                SocketError.ConnectionRefused => ApiErrorCode.ConnectionRefused,
                SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown
                    or SocketError.Disconnecting or SocketError.NotConnected => ApiErrorCode.ConnectionReset,
                _ => ApiErrorCode.TransportFailure,
            };
        }
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded })
            return ApiErrorCode.ConnectionReset;
        if (FindInner<IOException>(exception) is not null) return ApiErrorCode.ConnectionReset;
        return ApiErrorCode.TransportFailure;
    }

    private static TException? FindInner<TException>(Exception exception)
        where TException : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
            if (current is TException match) return match;
        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null) current = current.InnerException;
        return current;
    }
}
