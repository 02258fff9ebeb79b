using System.Text;
using System.Text.Json;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.AgentDesktop;

public sealed class AgentDesktopSignalingApiTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private SimulatorHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Manual(agents: 2, chatsPerAgent: 1));
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<JsonElement> CallAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "agentdesktop/" + path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static void AssertError(JsonElement result, int code, string name)
    {
        Assert.Equal("error", result.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal(code, result.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(name, result.GetProperty("error").GetProperty("name").GetString());
    }

    private async Task<(SimClient Client, string ChatId)> ConnectedChatAsync(string clientId)
    {
        var client = new SimClient(_host, clientId);
        var chatId = await client.RequestChatAsync();
        await CallAsync(HttpMethod.Get, $"clients/{clientId}/chat/connected?timeout=10s");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), Deadline);
        return (client, chatId);
    }

    [Fact]
    public async Task SignalingAndCobrowsing_OverHttp_ReachClientAndListTheAnswers()
    {
        var (client, chatId) = await ConnectedChatAsync("http-caller");
        using var _ = client;

        var offer = await CallAsync(HttpMethod.Post, "clients/http-caller/chat/signaling", """{"type":"OFFER_CALL","offerVideo":"false","sdp":"v=0"}""");
        var cobrowsing = await CallAsync(HttpMethod.Post, "clients/http-caller/chat/cobrowsing");
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_signaling") && ev.Has("chat_session_cobrowsing_requested"), Deadline);
        await client.SendEventAsync(chatId, """{"event":"chat_session_signaling","data":"{\"type\":\"END_CALL\"}"}""");
        await client.SendEventAsync(chatId, """{"event":"chat_session_cobrowsing_rejected"}""");
        var signals = await CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=1&timeout=10s");
        var answers = await CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=10s");
        var listedNow = await CallAsync(HttpMethod.Get, "clients/http-caller/chat/signaling");

        var signaling = Assert.Single(events, e => e.GetProperty("event").GetString() == "chat_session_signaling");
        Assert.Equal(offer.GetProperty("data").GetString(), signaling.GetProperty("msg_id").GetString());
        Assert.Equal("""{"type":"OFFER_CALL","offerVideo":"false","sdp":"v=0"}""", signaling.GetProperty("data").GetString());
        var requested = Assert.Single(events, e => e.GetProperty("event").GetString() == "chat_session_cobrowsing_requested");
        Assert.Equal(cobrowsing.GetProperty("data").GetString(), requested.GetProperty("msg_id").GetString());
        var received = Assert.Single(signals.GetProperty("data").EnumerateArray());
        Assert.Equal("END_CALL", received.GetProperty("type").GetString());
        Assert.Equal("""{"type":"END_CALL"}""", received.GetProperty("data").GetString());
        Assert.Equal(JsonValueKind.Null, received.GetProperty("msg_id").ValueKind);
        Assert.Equal(["chat_session_cobrowsing_rejected"], answers.GetProperty("data").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(signals.GetProperty("data").GetRawText(), listedNow.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task SignalingRoutes_BadInputUnknownChatOrTimeout_ReturnDocumentedErrors()
    {
        var (client, chatId) = await ConnectedChatAsync("http-errors");
        using var _ = client;

        var noType = await CallAsync(HttpMethod.Post, $"chats/{chatId}/signaling", """{"sdp":"x"}""");
        var badJson = await CallAsync(HttpMethod.Post, $"chats/{chatId}/signaling", "{oops");
        var badCount = await CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=0");
        var badTimeout = await CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=soon");
        var unknownPost = await CallAsync(HttpMethod.Post, "chats/nope/cobrowsing");
        var unknownGet = await CallAsync(HttpMethod.Get, "chats/nope/signaling?count=1");
        var timedOut = await CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=1&timeout=100ms");
        var none = await CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing");

        AssertError(noType, 3, "invalid_args");
        AssertError(badJson, 7, "invalid_request");
        AssertError(badCount, 3, "invalid_args");
        AssertError(badTimeout, 3, "invalid_args");
        AssertError(unknownPost, 13, "no_interaction");
        AssertError(unknownGet, 13, "no_interaction");
        AssertError(timedOut, 8, "timeout");
        Assert.Empty(none.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task WaitForAnswers_ChatEndsWhileWaiting_ReturnsNoInteraction()
    {
        var (client, chatId) = await ConnectedChatAsync("http-ends");
        using var _ = client;

        var waiting = CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=10s");
        await CallAsync(HttpMethod.Post, $"chats/{chatId}/end");
        var result = await waiting.WaitAsync(Deadline);

        AssertError(result, 13, "no_interaction");
    }
}
