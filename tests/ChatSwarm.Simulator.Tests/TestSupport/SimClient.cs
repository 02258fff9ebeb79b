using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChatSwarm.Simulator.Tests.TestSupport;

/// <summary>A plain HttpClient speaking the Messaging API wire format to a simulator, for conformance tests.</summary>
public sealed class SimClient : IDisposable
{
    private readonly SimulatorHost _host;

    public SimClient(SimulatorHost host, string clientId, string? appId = null, HttpClient? http = null)
    {
        _host = host;
        ClientId = clientId;
        AppId = appId ?? host.AppId;
        Http = http ?? new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        OwnsHttp = http is null;
    }

    public HttpClient Http { get; }

    public string ClientId { get; }

    public string AppId { get; }

    private bool OwnsHttp { get; }

    public string Url(string path) => $"clientweb/api/v2/{path}{(path.Contains('?') ? '&' : '?')}tenantUrl={_host.TenantUrl}";

    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, Url(path));
        request.Headers.TryAddWithoutValidation("Authorization", $"MOBILE-API-140-327-PLAIN appId=\"{AppId}\", clientId=\"{ClientId}\"");
        request.Headers.UserAgent.ParseAdd("MobileClient");
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json = null, CancellationToken cancellationToken = default)
    {
        using var response = await Http.SendAsync(Request(method, path, json), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body);
    }

    public Task<(int Status, JsonElement Body)> GetAsync(string path, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<(int Status, JsonElement Body)> PostAsync(string path, string json, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Post, path, json, cancellationToken);

    public async Task<string> RequestChatAsync()
    {
        var (status, body) = await PostAsync("chats", """{"parameters":{"first_name":"Test"}}""");
        Assert.Equal(200, status);
        return body.GetProperty("chat_id").GetString()!;
    }

    public Task<(int Status, JsonElement Body)> SendMessageAsync(string chatId, string msgId, string text) =>
        PostAsync($"chats/{chatId}/events", JsonSerializer.Serialize(new { events = new[] { new { @event = "chat_session_message", msg_id = msgId, msg = text } } }));

    public Task<(int Status, JsonElement Body)> SendEventAsync(string chatId, string eventJson) =>
        PostAsync($"chats/{chatId}/events", "{\"events\":[" + eventJson + "]}");

    /// <summary>Polls until <paramref name="until"/> holds for the events collected so far, or the deadline passes.</summary>
    public async Task<List<JsonElement>> PollUntilAsync(string chatId, Func<List<JsonElement>, bool> until, TimeSpan deadline, List<JsonElement>? into = null)
    {
        var events = into ?? [];
        using var cts = new CancellationTokenSource(deadline);
        while (!until(events))
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Condition not met within {deadline}; events: {string.Join(", ", events.Select(e => e.GetProperty("event").GetString()))}");
            }

            var (status, body) = await GetAsync($"chats/{chatId}/events", cts.Token).ConfigureAwait(false);
            if (status == 404) break;
            Assert.Equal(200, status);
            events.AddRange(body.GetProperty("events").EnumerateArray());
        }

        return events;
    }

    public void Dispose()
    {
        if (OwnsHttp) Http.Dispose();
    }
}

public static class EventListExtensions
{
    public static IEnumerable<string> Names(this IEnumerable<JsonElement> events) => events.Select(e => e.GetProperty("event").GetString()!);

    public static bool Has(this IEnumerable<JsonElement> events, string name) => events.Any(e => e.GetProperty("event").GetString() == name);

    public static int Count(this IEnumerable<JsonElement> events, string name) => events.Count(e => e.GetProperty("event").GetString() == name);
}
