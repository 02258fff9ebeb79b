using System.Text.Json;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.AgentDesktop;

public sealed class AgentDesktopSignalingApiTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private AgentDesktopHttp _desk = null!;

    public async Task InitializeAsync() => _desk = await AgentDesktopHttp.StartAsync(Sim.Manual(agents: 2, chatsPerAgent: 1));

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    private SimulatorHost Host => _desk.Host;

    private async Task<(SimClient Client, string ChatId)> ConnectedChatAsync(string clientId)
    {
        var client = new SimClient(Host, clientId);
        var chatId = await client.RequestChatAsync();
        await _desk.CallAsync(HttpMethod.Get, $"clients/{clientId}/chat/connected?timeout=10s");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), Deadline);
        return (client, chatId);
    }

    [Fact]
    public async Task SignalingAndCobrowsing_OverHttp_ReachClientAndListTheAnswers()
    {
        var (client, chatId) = await ConnectedChatAsync("http-caller");
        using var _ = client;

        var offer = await _desk.CallAsync(HttpMethod.Post, "clients/http-caller/chat/signaling", """{"type":"OFFER_CALL","offerVideo":"false","sdp":"v=0"}""");
        var cobrowsing = await _desk.CallAsync(HttpMethod.Post, "clients/http-caller/chat/cobrowsing");
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_signaling") && ev.Has("chat_session_cobrowsing_requested"), Deadline);
        await client.SendEventAsync(chatId, """{"event":"chat_session_signaling","data":"{\"type\":\"END_CALL\"}"}""");
        await client.SendEventAsync(chatId, """{"event":"chat_session_cobrowsing_rejected"}""");
        var signals = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=1&timeout=10s");
        var answers = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=10s");
        var listedNow = await _desk.CallAsync(HttpMethod.Get, "clients/http-caller/chat/signaling");

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

        var noType = await _desk.CallAsync(HttpMethod.Post, $"chats/{chatId}/signaling", """{"sdp":"x"}""");
        var badJson = await _desk.CallAsync(HttpMethod.Post, $"chats/{chatId}/signaling", "{oops");
        var badCount = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=0");
        var badTimeout = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=soon");
        var unknownPost = await _desk.CallAsync(HttpMethod.Post, "chats/nope/cobrowsing");
        var unknownGet = await _desk.CallAsync(HttpMethod.Get, "chats/nope/signaling?count=1");
        var timedOut = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/signaling?count=1&timeout=100ms");
        var none = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing");

        AgentDesktopHttp.AssertError(noType, 3, "invalid_args");
        AgentDesktopHttp.AssertError(badJson, 7, "invalid_request");
        AgentDesktopHttp.AssertError(badCount, 3, "invalid_args");
        AgentDesktopHttp.AssertError(badTimeout, 3, "invalid_args");
        AgentDesktopHttp.AssertError(unknownPost, 13, "no_interaction");
        AgentDesktopHttp.AssertError(unknownGet, 13, "no_interaction");
        AgentDesktopHttp.AssertError(timedOut, 8, "timeout");
        Assert.Empty(none.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task WaitForAnswers_ChatEndsWhileWaiting_ReturnsNoInteraction()
    {
        var (client, chatId) = await ConnectedChatAsync("http-ends");
        using var _ = client;

        var waiting = _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}/cobrowsing?count=1&timeout=10s");
        await _desk.CallAsync(HttpMethod.Post, $"chats/{chatId}/end");
        var result = await waiting.WaitAsync(Deadline);

        AgentDesktopHttp.AssertError(result, 13, "no_interaction");
    }
}
