using System.Net;
using System.Text;

namespace ChatSwarm.Client.Tests.Support;

/// <summary>One request as it left the client: method, URL, headers and body bytes.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> ContentHeaders,
    byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>An in-memory handler that records every request and answers with a scripted response.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;
    private readonly List<RecordedRequest> _requests = new();

    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) => _respond = respond;

    public RecordingHandler(HttpStatusCode status = HttpStatusCode.OK, string body = "{}", string contentType = "application/json")
        : this(_ => Json(status, body, contentType))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    public RecordedRequest Single => Assert.Single(Requests);

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/json") => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, contentType),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var contentHeaders = request.Content?.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        lock (_requests) _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, contentHeaders, body));
        return _respond(request);
    }
}
