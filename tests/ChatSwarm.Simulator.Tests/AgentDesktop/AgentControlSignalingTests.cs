using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.AgentDesktop;

public sealed class AgentControlSignalingTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(Sim.Manual(agents: 2, chatsPerAgent: 1));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(SimClient Client, string ChatId)> ConnectedChatAsync(string clientId)
    {
        var client = new SimClient(_host, clientId);
        var chatId = await client.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(Deadline);
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), Deadline);
        return (client, chatId);
    }

    private static JsonElement Signal(JsonElement evt) => JsonDocument.Parse(evt.GetProperty("data").GetString()!).RootElement.Clone();

    [Fact]
    public async Task OfferCallAndEndCall_ConnectedChat_PollGetsSignalingWithDataStringNotInHistory()
    {
        var (client, chatId) = await ConnectedChatAsync("caller");
        using var _ = client;
        var chat = ChatRef.ByClientId("caller");

        var offer = _host.Agents.OfferCall(chat, offerVideo: true, "v=0\r\no=- 1 1 IN IP4 127.0.0.1");
        var end = _host.Agents.EndCall(chat);
        var events = await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_signaling") >= 2, Deadline);
        var (_, history) = await client.GetAsync($"chats/{chatId}/history");

        var signaling = events.Where(e => e.GetProperty("event").GetString() == "chat_session_signaling").ToList();
        Assert.Equal([offer.Data, end.Data], signaling.Select(e => e.GetProperty("msg_id").GetString()));
        Assert.StartsWith(chatId + ":", offer.Data, StringComparison.Ordinal);
        Assert.All(signaling, e => Assert.Equal(JsonValueKind.String, e.GetProperty("data").ValueKind));
        var offered = Signal(signaling[0]);
        Assert.Equal("OFFER_CALL", offered.GetProperty("type").GetString());
        Assert.Equal("true", offered.GetProperty("offerVideo").GetString());
        Assert.Equal("v=0\r\no=- 1 1 IN IP4 127.0.0.1", offered.GetProperty("sdp").GetString());
        Assert.Equal("END_CALL", Signal(signaling[1]).GetProperty("type").GetString());
        Assert.Equal(["type"], Signal(signaling[1]).EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetString() == "chat_session_signaling");
    }

    [Fact]
    public async Task RequestCallAndSendSignal_ConnectedChat_CarryTheirMessages()
    {
        var (client, chatId) = await ConnectedChatAsync("asked");
        using var _ = client;

        Assert.True(_host.Agents.RequestCall(ChatRef.ById(chatId), offerVideo: false).IsSuccess);
        Assert.True(_host.Agents.SendSignal(ChatRef.ById(chatId), """{"type":"ICE_CANDIDATE","sdpMid":"0","sdpMLineIndex":"0","candidate":"c"}""").IsSuccess);
        var events = await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_signaling") >= 2, Deadline);

        var signals = events.Where(e => e.GetProperty("event").GetString() == "chat_session_signaling").Select(Signal).ToList();
        Assert.Equal("REQUEST_CALL", signals[0].GetProperty("type").GetString());
        Assert.Equal("false", signals[0].GetProperty("offerVideo").GetString());
        Assert.Equal("ICE_CANDIDATE", signals[1].GetProperty("type").GetString());
        Assert.Equal("c", signals[1].GetProperty("candidate").GetString());
    }

    [Fact]
    public async Task RequestCobrowsing_ConnectedChat_PollGetsRequestWithMsgIdKeptInHistory()
    {
        var (client, chatId) = await ConnectedChatAsync("browser");
        using var _ = client;

        var request = _host.Agents.RequestCobrowsing(ChatRef.ById(chatId));
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_cobrowsing_requested"), Deadline);
        var (_, history) = await client.GetAsync($"chats/{chatId}/history");

        var requested = Assert.Single(events, e => e.GetProperty("event").GetString() == "chat_session_cobrowsing_requested");
        Assert.Equal(["event", "msg_id"], requested.EnumerateObject().Select(p => p.Name));
        Assert.Equal(request.Data, requested.GetProperty("msg_id").GetString());
        Assert.Contains(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetString() == "chat_session_cobrowsing_requested");
    }

    [Fact]
    public async Task CustomerAnswers_SignalingAsStringOrObjectAndCobrowsingRejected_RecordedForTheAgent()
    {
        var (client, chatId) = await ConnectedChatAsync("answers");
        using var _ = client;
        var chat = ChatRef.ById(chatId);
        var party = _host.Agents.GetChat(chat).Data!.PartyId;
        var signalsTask = _host.Agents.WaitForSignalsAsync(chat, 2, CancellationToken.None);
        var cobrowsingTask = _host.Agents.WaitForCobrowsingAnswersAsync(chat, 1, CancellationToken.None);

        await client.SendEventAsync(chatId, JsonSerializer.Serialize(new
        {
            @event = "chat_session_signaling",
            msg_id = $"{chatId}:c1",
            destination_party_id = party,
            data = """{"type":"CALL_REJECTED","reason_code":"declined","reason":"no calls"}""",
        }));
        await client.SendEventAsync(chatId, """{"event":"chat_session_signaling","data":{"type":"END_CALL"}}""");
        await client.SendEventAsync(chatId, """{"event":"chat_session_cobrowsing_rejected"}""");
        var signals = await signalsTask.WaitAsync(Deadline);
        var cobrowsing = await cobrowsingTask.WaitAsync(Deadline);
        var (_, history) = await client.GetAsync($"chats/{chatId}/history");

        Assert.Equal(["CALL_REJECTED", "END_CALL"], signals.Select(s => s.Type));
        Assert.Equal(new ReceivedSignal($"{chatId}:c1", party, "CALL_REJECTED", """{"type":"CALL_REJECTED","reason_code":"declined","reason":"no calls"}"""), signals[0]);
        Assert.Equal("""{"type":"END_CALL"}""", signals[1].Data);
        Assert.Equal(["chat_session_cobrowsing_rejected"], cobrowsing);
        Assert.Equal(signals, _host.Agents.GetReceivedSignals(chat).Data);
        Assert.Equal(cobrowsing, _host.Agents.GetCobrowsingAnswers(chat).Data);
        var names = history.GetProperty("events").EnumerateArray().Names().ToList();
        Assert.Contains("chat_session_cobrowsing_rejected", names);
        Assert.DoesNotContain("chat_session_signaling", names);
    }

    [Fact]
    public async Task WaitForSignalsAsync_ChatEndsFirst_ThrowsNamingTheCount()
    {
        var (client, chatId) = await ConnectedChatAsync("quiet");
        using var _ = client;
        var chat = ChatRef.ById(chatId);
        var waiting = _host.Agents.WaitForSignalsAsync(chat, 1, CancellationToken.None);

        _host.Agents.EndChat(chat);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => waiting.WaitAsync(Deadline));
        Assert.Contains("0 of 1 signaling messages", error.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Agents.GetReceivedSignals(chat).Data!);
    }

    [Fact]
    public async Task SignalingOperations_BadInputOrChatState_ReturnDocumentedErrors()
    {
        foreach (var id in new[] { 1001, 1002 }) _host.Agents.SetReady(id, false);
        using var client = new SimClient(_host, "queued");
        var chatId = await client.RequestChatAsync();
        var chat = ChatRef.ById(chatId);

        var early = _host.Agents.OfferCall(chat, false, "sdp");
        var earlyCobrowsing = _host.Agents.RequestCobrowsing(chat);
        var noSdp = _host.Agents.OfferCall(chat, false, " ");
        var notJson = _host.Agents.SendSignal(chat, "{oops");
        var noType = _host.Agents.SendSignal(chat, """{"sdp":"x"}""");
        var unknown = _host.Agents.EndCall(ChatRef.ById("nope"));
        var unknownList = _host.Agents.GetReceivedSignals(ChatRef.ById("nope"));

        Assert.Equal((int)AgentErrorCode.NotSuitableState, early.Error!.Code);
        Assert.Equal((int)AgentErrorCode.NotSuitableState, earlyCobrowsing.Error!.Code);
        Assert.Equal((int)AgentErrorCode.InvalidArgs, noSdp.Error!.Code);
        Assert.Equal((int)AgentErrorCode.InvalidArgs, notJson.Error!.Code);
        Assert.Contains("\"type\"", noType.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((int)AgentErrorCode.NoInteraction, unknown.Error!.Code);
        Assert.Equal((int)AgentErrorCode.NoInteraction, unknownList.Error!.Code);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _host.Agents.WaitForSignalsAsync(ChatRef.ById("nope"), 1, CancellationToken.None));
    }
}
