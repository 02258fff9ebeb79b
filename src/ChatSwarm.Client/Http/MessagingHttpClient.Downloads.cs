using ChatSwarm.Client.Models;

namespace ChatSwarm.Client.Http;

internal sealed partial class MessagingHttpClient
{
    /// <summary>
    /// Sends a request whose 2xx body is a file: returns once headers arrive, the <see cref="FileDownload"/> owning
    /// the response so the body streams straight to the caller. The timeout covers the headers only.
    /// </summary>
    private async Task<OperationResult<FileDownload>> SendDownloadAsync(ApiMethod method, string path, string clientId, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        using var request = CreateRequest(Get, Address(path), Authorization(clientId), content: null);
        var bytesSent = EstimateBytesSent(request);
        var timeout = Options.RequestTimeout;
        using var linked = StartDeadline(timeout, cancellationToken, out var deadline);
        using var ownedDeadline = deadline;
        var start = _time.GetTimestamp();
        var status = 0;
        HttpResponseMessage? response = null;
        try
        {
            response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                using var body = await PooledBody.ReadAsync(response.Content, MaxJsonResponseBytes, linked.Token).ConfigureAwait(false);
                return Fail<FileDownload>(method, MapErrorResponse(status, body.Span), status, _time.GetElapsedTime(start), bytesSent, body.Length);
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            var headers = response.Content.Headers;
            var download = new FileDownload(stream, headers.ContentType?.ToString(), headers.ContentLength, FileNameOf(headers), response);
            response = null;
            return OperationResult<FileDownload>.Success(method, download)
                .WithMeasurements(status, _time.GetElapsedTime(start), bytesSent, download.Length ?? 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = MapException(method, ex, linked.IsCancellationRequested && !cancellationToken.IsCancellationRequested, timeout, status);
            return Fail<FileDownload>(method, error, status, _time.GetElapsedTime(start), bytesSent, 0);
        }
        finally
        {
            response?.Dispose();
        }
    }
}
