using System.Text.Json;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Client.Http;

/// <summary>
/// The HTTP implementation of <see cref="IMessagingClient"/>: one <see cref="HttpMessageInvoker"/> (and so one connection
/// pool) for every simulated customer of the process; per-call timeouts through linked tokens so that a timeout
/// becomes <see cref="ApiErrorCode.TransportTimeout"/> while the caller's own cancellation still throws.
/// </summary>
internal sealed partial class MessagingHttpClient : IMessagingClient
{
    private const string JsonContentType = "application/json; charset=UTF-8";

    /// <summary>JSON responses are small; anything this large is a broken or hostile server, not a chat body.</summary>
    private const long MaxJsonResponseBytes = 16L * 1024 * 1024;

    /// <summary>Request line, Host, Content-Type/Length and separators, which the estimate of bytes sent adds to URL, headers and body.</summary>
    private const int RequestOverheadBytes = 96;

    private static readonly HttpMethod Get = HttpMethod.Get;
    private static readonly HttpMethod Post = HttpMethod.Post;

    /// <summary>Call timeouts at least this long wait on <see cref="_deadlines"/> (on the system clock).</summary>
    private static readonly TimeSpan CoarseTimeoutFrom = TimeSpan.FromSeconds(1);

    // An invoker, not an HttpClient: HttpClient links every call's token with its own pending-requests source (one more
    // token source, two registrations and a state machine per call, held for a long poll's whole hold), for features
    // (base address, default headers, its timeout, buffering) this client does not use.
    private readonly HttpMessageInvoker _http;
    private readonly TimeProvider _time;

    // Every call in flight has a timeout, and a long poll holds its call for the whole hold: on .NET's timer queue that is a
    // long timer per customer, walked three times a second. The wheel fires a timeout at most 250 ms late instead.
    private readonly TimerWheel? _deadlines;
    private readonly string _apiPrefix;
    private readonly string _tenantQuery;
    private readonly string _authorizationPrefix;

    // Created once: an instance method group would allocate its delegate on every poll.
    private readonly BodyReader<ChatEventBatch> _readCountedBatch;
    private long _unknownEventCount;
    private int _disposed;

    public MessagingHttpClient(MessagingClientOptions options, HttpMessageHandler handler, bool disposeHandler)
    {
        Options = options;
        _time = options.TimeProvider;
        _deadlines = ReferenceEquals(_time, TimeProvider.System) ? TimerWheel.Create(_time, TimeSpan.FromMilliseconds(250)) : null;
        _http = new HttpMessageInvoker(handler, disposeHandler);
        _apiPrefix = options.BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/clientweb/api/v2/";
        _tenantQuery = "?tenantUrl=" + Uri.EscapeDataString(options.TenantUrl);
        _authorizationPrefix = "MOBILE-API-140-327-PLAIN appId=\"" + options.AppId + "\", clientId=\"";
        _readCountedBatch = ReadCountedBatch;
    }

    /// <inheritdoc />
    public MessagingClientOptions Options { get; }

    /// <inheritdoc />
    public long UnknownEventCount => Interlocked.Read(ref _unknownEventCount);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _http.Dispose();
            _deadlines?.Dispose();
        }
    }

    /// <summary>Reads a 2xx body into the method's result; throws <see cref="JsonException"/> when the body has the wrong shape.</summary>
    private delegate T BodyReader<out T>(ReadOnlySpan<byte> body);

    /// <summary>
    /// One token for a call: cancelled by the caller or when <paramref name="timeout"/> passes. On the system clock that is
    /// one linked source (a long poll holds it for the whole hold, so fewer objects outlive it) cancelled by the client's
    /// timer wheel, or by the source's own timer for timeouts under a second; on any other clock a second source runs the
    /// timeout on that clock. <paramref name="deadline"/> is what the caller disposes, before the returned source: the wheel
    /// registration or that second source.
    /// </summary>
    private CancellationTokenSource StartDeadline(TimeSpan timeout, CancellationToken cancellationToken, out IDisposable? deadline)
    {
        if (_deadlines is not null)
        {
            var source = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();
            if (timeout >= CoarseTimeoutFrom)
            {
                deadline = _deadlines.Schedule(timeout, static state => CancelQuietly((CancellationTokenSource)state!), source);
            }
            else
            {
                deadline = null;
                source.CancelAfter(timeout);
            }

            return source;
        }

        var timeoutSource = new CancellationTokenSource(timeout, _time);
        deadline = timeoutSource;
        return CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call ended while its timeout fired: nothing to cancel.
        }
        catch (AggregateException)
        {
            // A cancellation callback of the HTTP stack failed; the call still sees its token cancelled and reports the
            // timeout. Letting it escape would end the process from the wheel's timer thread.
        }
    }

    private Task<OperationResult<T>> SendAsync<T>(
        ApiMethod method,
        HttpMethod httpMethod,
        string path,
        string clientId,
        HttpContent? content,
        BodyReader<T> read,
        TimeSpan timeout,
        CancellationToken cancellationToken) =>
        SendAsync(method, httpMethod, Address(path), Authorization(clientId), content, read, timeout, cancellationToken);

    private async Task<OperationResult<T>> SendAsync<T>(
        ApiMethod method,
        HttpMethod httpMethod,
        Uri address,
        string authorization,
        HttpContent? content,
        BodyReader<T> read,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        using var request = CreateRequest(httpMethod, address, authorization, content);
        var bytesSent = EstimateBytesSent(request);
        using var linked = StartDeadline(timeout, cancellationToken, out var deadline);
        using var ownedDeadline = deadline;
        var start = _time.GetTimestamp();
        var status = 0;
        long bytesReceived = 0;
        try
        {
            // Returns at the headers: the body is read below, within the same deadline.
            using var response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            using var body = await PooledBody.ReadAsync(response.Content, MaxJsonResponseBytes, linked.Token).ConfigureAwait(false);
            bytesReceived = body.Length;
            var elapsed = _time.GetElapsedTime(start);
            if (!response.IsSuccessStatusCode)
                return Fail<T>(method, MapErrorResponse(status, body.Span), status, elapsed, bytesSent, bytesReceived);

            T data;
            try
            {
                data = read(body.Span);
            }
            catch (JsonException ex)
            {
                return Fail<T>(method, ApiError.From(ApiErrorCode.MalformedResponse, $"{method}: {ex.Message}", status), status, elapsed, bytesSent, bytesReceived);
            }

            return OperationResult<T>.Success(method, data).WithMeasurements(status, elapsed, bytesSent, bytesReceived);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = MapException(method, ex, linked.IsCancellationRequested && !cancellationToken.IsCancellationRequested, timeout, status);
            return Fail<T>(method, error, status, _time.GetElapsedTime(start), bytesSent, bytesReceived);
        }
    }
}
