using System.Text;
using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.AgentDesktop;

public sealed class AgentDesktopApiTests : IAsyncLifetime
{
    private AgentDesktopHttp _desk = null!;

    public async Task InitializeAsync() => _desk = await AgentDesktopHttp.StartAsync(Sim.Manual(agents: 3, chatsPerAgent: 1));

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    private SimulatorHost Host => _desk.Host;

    [Fact]
    public async Task ShowUserStatus_NoFlag_ReturnsEveryAgentWithOnlineFlag()
    {
        await _desk.CallAsync(HttpMethod.Post, "agents/1002/logout");

        var result = await _desk.CallAsync(HttpMethod.Get, "agents");

        Assert.Equal("success", result.GetProperty("status").GetString());
        var data = result.GetProperty("data").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetInt32(), e => e.GetProperty("online").GetBoolean());
        Assert.Equal(new Dictionary<int, bool> { [1001] = true, [1002] = false, [1003] = true }, data);
    }

    [Fact]
    public async Task ShowUserStatus_OnlineFlag_ReturnsOnlyOnlineIds()
    {
        await _desk.CallAsync(HttpMethod.Post, "agents/1001/logout");

        var result = await _desk.CallAsync(HttpMethod.Get, "agents?filter=online");

        Assert.Equal([1002, 1003], result.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task ShowUserStatus_ById_ReturnsBooleanOrObjectNotFound()
    {
        var known = await _desk.CallAsync(HttpMethod.Get, "agents/1003");
        var unknown = await _desk.CallAsync(HttpMethod.Get, "agents/4242");

        Assert.True(known.GetProperty("data").GetBoolean());
        AgentDesktopHttp.AssertError(unknown, 17, "object_not_found");
    }

    [Fact]
    public async Task NotReady_AllAgents_ChatStaysQueuedUntilOneIsReady()
    {
        foreach (var id in new[] { 1001, 1002, 1003 }) await _desk.CallAsync(HttpMethod.Post, $"agents/{id}/notready");
        using var client = new SimClient(Host, "waiting");
        var chatId = await client.RequestChatAsync();
        await client.PollUntilAsync(chatId, ev => ev.Any(e => e.TryGetProperty("state", out var s) && s.GetString() == "queued"), TimeSpan.FromSeconds(10));

        var queued = await _desk.CallAsync(HttpMethod.Get, $"chats/{chatId}");
        await _desk.CallAsync(HttpMethod.Post, "agents/1002/ready");
        var connected = await _desk.CallAsync(HttpMethod.Get, $"clients/waiting/chat/connected?timeout=10s");

        Assert.Equal("queued", queued.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal("connected", connected.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal(1002, connected.GetProperty("data").GetProperty("agent_id").GetInt32());
    }

    [Fact]
    public async Task ChatOperations_ByClientId_ReachTheClientInOrder()
    {
        using var client = new SimClient(Host, "driven");
        var chatId = await client.RequestChatAsync();
        await _desk.CallAsync(HttpMethod.Get, "clients/driven/chat/connected?timeout=10s");
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), TimeSpan.FromSeconds(10));
        events.Clear();

        var message = await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/messages", new { msg = "Hello from a test" });
        var form = await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/forms", new { form_name = "address", form_timeout = 60 });
        await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/secureforms", new { form_id = "card" });
        await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/files", new { file_name = "a.png", content_type = "image/png", content_base64 = Convert.ToBase64String([1, 2]) });
        await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/case", new { case_id = "C-1" });
        await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/typing", new { typing = true });
        await _desk.CallAsync(HttpMethod.Post, "clients/driven/chat/end");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_ended"), TimeSpan.FromSeconds(10), events);

        Assert.Equal($"{chatId}:1", message.GetProperty("data").GetString());
        Assert.Equal(
            ["chat_session_message", "chat_session_form_show", "chat_session_secure_form_show", "chat_session_file", "chat_session_case_set", "chat_session_typing", "chat_session_party_left", "chat_session_status", "chat_session_ended"],
            events.Names());
        Assert.Equal(form.GetProperty("data").GetString(), events[1].GetProperty("form_request_id").GetString());
        Assert.Equal("image", events[3].GetProperty("file_type").GetString());
    }

    [Fact]
    public async Task ChatOperations_UnknownOrNotConnected_ReturnDocumentedErrors()
    {
        foreach (var id in new[] { 1001, 1002, 1003 }) Host.Agents.SetReady(id, false);
        using var client = new SimClient(Host, "early");
        var chatId = await client.RequestChatAsync();

        var unknown = await _desk.CallAsync(HttpMethod.Post, "chats/nope/messages", new { msg = "x" });
        var early = await _desk.CallAsync(HttpMethod.Post, $"chats/{chatId}/messages", new { msg = "x" });
        var empty = await _desk.CallAsync(HttpMethod.Post, $"chats/{chatId}/messages", new { msg = "" });
        var badJson = await CallRawAsync($"chats/{chatId}/messages", "{oops");

        AgentDesktopHttp.AssertError(unknown, 13, "no_interaction");
        AgentDesktopHttp.AssertError(early, 15, "not_suitable_state");
        AgentDesktopHttp.AssertError(empty, 3, "invalid_args");
        AgentDesktopHttp.AssertError(badJson, 7, "invalid_request");
    }

    [Fact]
    public async Task StartCall_Cases_ReturnSeedErrorCodesOrInteractionId()
    {
        var empty = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "" });
        var invalid = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "call me" });
        var self = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "2001" });
        var noObjectId = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0100", initialObject = new { type = "contact" } });
        var ok = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0100", initialObject = new { id = "42", type = "contact", displayName = "Jo", displayType = "Contact", customFields = new { tier = "gold" } } });
        var busy = await _desk.CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0101" });
        var calling = await _desk.CallAsync(HttpMethod.Get, "agents/1001/calling");
        await _desk.CallAsync(HttpMethod.Post, "agents/1003/logout");
        var loggedOut = await _desk.CallAsync(HttpMethod.Post, "agents/1003/calls", new { phone_number = "5550100" });

        AgentDesktopHttp.AssertError(empty, 10, "empty_number");
        AgentDesktopHttp.AssertError(invalid, 3, "invalid_args");
        AgentDesktopHttp.AssertError(self, 12, "self_call");
        AgentDesktopHttp.AssertError(noObjectId, 3, "invalid_args");
        Assert.Equal("success", ok.GetProperty("status").GetString());
        Assert.StartsWith("call-1001-", ok.GetProperty("data").GetProperty("id").GetString(), StringComparison.Ordinal);
        AgentDesktopHttp.AssertError(busy, 15, "not_suitable_state");
        Assert.True(calling.GetProperty("data").GetBoolean());
        AgentDesktopHttp.AssertError(loggedOut, 2, "not_logged_in");
    }

    [Fact]
    public async Task CallingStatus_SetFalse_AllowsNextCall()
    {
        Host.Agents.StartCall(1002, "5550100");

        var set = await _desk.CallAsync(HttpMethod.Post, "agents/1002/calling", new { calling = false });
        var next = Host.Agents.StartCall(1002, "5550101");

        Assert.False(set.GetProperty("data").GetBoolean());
        Assert.True(next.IsSuccess);
    }

    [Fact]
    public async Task UnknownAgentDesktopMethod_ReturnsApiMethodNotImplemented()
    {
        var result = await _desk.CallAsync(HttpMethod.Post, "agents/1001/transfer");

        AgentDesktopHttp.AssertError(result, 14, "api_method_not_implemented");
    }

    [Fact]
    public async Task InProcessControl_MirrorsHttpPresence()
    {
        Host.Agents.SetStatus(1003, ChatSwarm.Simulator.Agents.AgentStatus.LoggedOut);

        var online = Host.Agents.ShowOnlineUserIds();
        var one = Host.Agents.ShowUserStatus(1003);
        var http = await _desk.CallAsync(HttpMethod.Get, "agents?filter=online");

        Assert.Equal([1001, 1002], online.Data);
        Assert.False(one.Data);
        Assert.Equal(online.Data, http.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()));
    }

    private async Task<JsonElement> CallRawAsync(string path, string body)
    {
        using var response = await _desk.Http.PostAsync("agentdesktop/" + path, new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
