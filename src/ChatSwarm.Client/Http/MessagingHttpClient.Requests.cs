using System.Net.Http.Headers;

namespace ChatSwarm.Client.Http;

internal sealed partial class MessagingHttpClient
{
    private HttpRequestMessage CreateRequest(HttpMethod method, Uri address, string authorization, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, address)
        {
            Content = content,
        };
        // The scheme's quoted-pair syntax is not a standard credential form, so the header bypasses validation.
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        return request;
    }

    /// <summary>The absolute URL of an API path (relative to /clientweb/api/v2/) with the tenant query.</summary>
    private Uri Address(string path) => new(string.Concat(_apiPrefix, path, _tenantQuery), UriKind.Absolute);

    /// <summary>The Authorization header value naming <paramref name="clientId"/>.</summary>
    private string Authorization(string clientId) => string.Concat(_authorizationPrefix, clientId, "\"");

    private static string ChatPath(string chatId, string tail) => string.Concat("chats/", Uri.EscapeDataString(chatId), tail);

    private static ByteArrayContent JsonContent(byte[] utf8Json)
    {
        var content = new ByteArrayContent(utf8Json);
        content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        return content;
    }

    /// <summary>URL, headers and body as they go out (HTTP/1.1 framing approximated by a constant); body length when known.</summary>
    private long EstimateBytesSent(HttpRequestMessage request)
    {
        long total = RequestOverheadBytes + request.RequestUri!.OriginalString.Length + Options.UserAgent.Length
            + _authorizationPrefix.Length + 48;
        if (request.Content?.Headers.ContentLength is { } length) total += length;
        return total;
    }

    private static string? FileNameOf(HttpContentHeaders headers)
    {
        var disposition = headers.ContentDisposition;
        var name = disposition?.FileNameStar ?? disposition?.FileName;
        return name?.Trim('"');
    }

    /// <summary>An id that cannot go into the quoted Authorization parameter or a path segment as is.</summary>
    private static bool IsMissing(string? value) => string.IsNullOrWhiteSpace(value) || value.AsSpan().IndexOfAny("\"\r\n") >= 0;
}
