using System.Text;
using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.AgentDesktop;

public sealed class AgentDesktopApiTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Manual(agents: 3, chatsPerAgent: 1));
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<JsonElement> CallAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "agentdesktop/" + path);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
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

    [Fact]
    public async Task ShowUserStatus_NoFlag_ReturnsEveryAgentWithOnlineFlag()
    {
        await CallAsync(HttpMethod.Post, "agents/1002/logout");

        var result = await CallAsync(HttpMethod.Get, "agents");

        Assert.Equal("success", result.GetProperty("status").GetString());
        var data = result.GetProperty("data").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetInt32(), e => e.GetProperty("online").GetBoolean());
        Assert.Equal(new Dictionary<int, bool> { [1001] = true, [1002] = false, [1003] = true }, data);
    }

    [Fact]
    public async Task ShowUserStatus_OnlineFlag_ReturnsOnlyOnlineIds()
    {
        await CallAsync(HttpMethod.Post, "agents/1001/logout");

        var result = await CallAsync(HttpMethod.Get, "agents?filter=online");

        Assert.Equal([1002, 1003], result.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task ShowUserStatus_ById_ReturnsBooleanOrObjectNotFound()
    {
        var known = await CallAsync(HttpMethod.Get, "agents/1003");
        var unknown = await CallAsync(HttpMethod.Get, "agents/4242");

        Assert.True(known.GetProperty("data").GetBoolean());
        AssertError(unknown, 17, "object_not_found");
    }

    [Fact]
    public async Task NotReady_AllAgents_ChatStaysQueuedUntilOneIsReady()
    {
        foreach (var id in new[] { 1001, 1002, 1003 }) await CallAsync(HttpMethod.Post, $"agents/{id}/notready");
        using var client = new SimClient(_host, "waiting");
        var chatId = await client.RequestChatAsync();
        await client.PollUntilAsync(chatId, ev => ev.Any(e => e.TryGetProperty("state", out var s) && s.GetString() == "queued"), TimeSpan.FromSeconds(10));

        var queued = await CallAsync(HttpMethod.Get, $"chats/{chatId}");
        await CallAsync(HttpMethod.Post, "agents/1002/ready");
        var connected = await CallAsync(HttpMethod.Get, $"clients/waiting/chat/connected?timeout=10s");

        Assert.Equal("queued", queued.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal("connected", connected.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal(1002, connected.GetProperty("data").GetProperty("agent_id").GetInt32());
    }

    [Fact]
    public async Task ChatOperations_ByClientId_ReachTheClientInOrder()
    {
        using var client = new SimClient(_host, "driven");
        var chatId = await client.RequestChatAsync();
        await CallAsync(HttpMethod.Get, "clients/driven/chat/connected?timeout=10s");
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), TimeSpan.FromSeconds(10));
        events.Clear();

        var message = await CallAsync(HttpMethod.Post, "clients/driven/chat/messages", new { msg = "Hello from a test" });
        var form = await CallAsync(HttpMethod.Post, "clients/driven/chat/forms", new { form_name = "address", form_timeout = 60 });
        await CallAsync(HttpMethod.Post, "clients/driven/chat/secureforms", new { form_id = "card" });
        await CallAsync(HttpMethod.Post, "clients/driven/chat/files", new { file_name = "a.png", content_type = "image/png", content_base64 = Convert.ToBase64String([1, 2]) });
        await CallAsync(HttpMethod.Post, "clients/driven/chat/case", new { case_id = "C-1" });
        await CallAsync(HttpMethod.Post, "clients/driven/chat/typing", new { typing = true });
        await CallAsync(HttpMethod.Post, "clients/driven/chat/end");
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
        foreach (var id in new[] { 1001, 1002, 1003 }) _host.Agents.SetReady(id, false);
        using var client = new SimClient(_host, "early");
        var chatId = await client.RequestChatAsync();

        var unknown = await CallAsync(HttpMethod.Post, "chats/nope/messages", new { msg = "x" });
        var early = await CallAsync(HttpMethod.Post, $"chats/{chatId}/messages", new { msg = "x" });
        var empty = await CallAsync(HttpMethod.Post, $"chats/{chatId}/messages", new { msg = "" });
        var badJson = await CallRawAsync($"chats/{chatId}/messages", "{oops");

        AssertError(unknown, 13, "no_interaction");
        AssertError(early, 15, "not_suitable_state");
        AssertError(empty, 3, "invalid_args");
        AssertError(badJson, 7, "invalid_request");
    }

    [Fact]
    public async Task StartCall_Cases_ReturnSeedErrorCodesOrInteractionId()
    {
        var empty = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "" });
        var invalid = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "call me" });
        var self = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "2001" });
        var noObjectId = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0100", initialObject = new { type = "contact" } });
        var ok = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0100", initialObject = new { id = "42", type = "contact", displayName = "Jo", displayType = "Contact", customFields = new { tier = "gold" } } });
        var busy = await CallAsync(HttpMethod.Post, "agents/1001/calls", new { phoneNumber = "+1 650 555 0101" });
        var calling = await CallAsync(HttpMethod.Get, "agents/1001/calling");
        await CallAsync(HttpMethod.Post, "agents/1003/logout");
        var loggedOut = await CallAsync(HttpMethod.Post, "agents/1003/calls", new { phone_number = "5550100" });

        AssertError(empty, 10, "empty_number");
        AssertError(invalid, 3, "invalid_args");
        AssertError(self, 12, "self_call");
        AssertError(noObjectId, 3, "invalid_args");
        Assert.Equal("success", ok.GetProperty("status").GetString());
        Assert.StartsWith("call-1001-", ok.GetProperty("data").GetProperty("id").GetString(), StringComparison.Ordinal);
        AssertError(busy, 15, "not_suitable_state");
        Assert.True(calling.GetProperty("data").GetBoolean());
        AssertError(loggedOut, 2, "not_logged_in");
    }

    [Fact]
    public async Task CallingStatus_SetFalse_AllowsNextCall()
    {
        _host.Agents.StartCall(1002, "5550100");

        var set = await CallAsync(HttpMethod.Post, "agents/1002/calling", new { calling = false });
        var next = _host.Agents.StartCall(1002, "5550101");

        Assert.False(set.GetProperty("data").GetBoolean());
        Assert.True(next.IsSuccess);
    }

    [Fact]
    public async Task UnknownAgentDesktopMethod_ReturnsApiMethodNotImplemented()
    {
        var result = await CallAsync(HttpMethod.Post, "agents/1001/transfer");

        AssertError(result, 14, "api_method_not_implemented");
    }

    [Fact]
    public async Task InProcessControl_MirrorsHttpPresence()
    {
        _host.Agents.SetStatus(1003, ChatSwarm.Simulator.Agents.AgentStatus.LoggedOut);

        var online = _host.Agents.ShowOnlineUserIds();
        var one = _host.Agents.ShowUserStatus(1003);
        var http = await CallAsync(HttpMethod.Get, "agents?filter=online");

        Assert.Equal([1001, 1002], online.Data);
        Assert.False(one.Data);
        Assert.Equal(online.Data, http.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()));
    }

    private async Task<JsonElement> CallRawAsync(string path, string body)
    {
        using var response = await _http.PostAsync("agentdesktop/" + path, new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
