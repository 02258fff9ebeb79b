using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Api;

public sealed class ChatsApiTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private SimClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Fast());
        _client = new SimClient(_host, "client-1");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task RequestChat_NewClient_ReturnsIvrStateAndNewChat()
    {
        var (status, body) = await _client.PostAsync("chats", """{"phone_number":"16508888888","from":"John","parameters":{"first_name":"John"}}""");

        Assert.Equal(200, status);
        Assert.Equal("ivr", body.GetProperty("state").GetString());
        Assert.Equal("0", body.GetProperty("ewt").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("chat_id").GetString(), out _));
        Assert.True(body.GetProperty("is_new_chat").GetBoolean());
        Assert.Equal("16508888888", body.GetProperty("phone_number").GetString());
    }

    [Fact]
    public async Task RequestChat_ActiveSessionExists_ReturnsSameChatNotNew()
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.PostAsync("chats", "{}");

        Assert.Equal(200, status);
        Assert.Equal(chatId, body.GetProperty("chat_id").GetString());
        Assert.False(body.GetProperty("is_new_chat").GetBoolean());
    }

    [Fact]
    public async Task RequestChat_MalformedJson_Returns400With5003()
    {
        var (status, body) = await _client.PostAsync("chats", "{\"phone_number\": ");

        Assert.Equal(400, status);
        Assert.Equal(5003, body.GetProperty("error_code").GetInt32());
        Assert.StartsWith("Error decoding JSON request body: ", body.GetProperty("error_message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetActiveChat_NoSession_Returns404With5005()
    {
        var (status, body) = await _client.GetAsync("chats/active");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
        Assert.Equal("Chat session is not found", body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task GetActiveChat_AfterConnect_ReturnsConnectedChat()
    {
        var chatId = await _client.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var (status, body) = await _client.GetAsync("chats/active");

        Assert.Equal(200, status);
        Assert.Equal(chatId, body.GetProperty("chat_id").GetString());
        Assert.Equal("connected", body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task SendEvents_UnknownChat_Returns404With5005()
    {
        var (status, body) = await _client.SendMessageAsync("no-such-chat", "m1", "hi");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task SendEvents_OtherClientsChat_Returns404With5005()
    {
        var chatId = await _client.RequestChatAsync();
        using var other = new SimClient(_host, "client-2");

        var (status, body) = await other.SendMessageAsync(chatId, "m1", "hi");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"events\": 5}")]
    [InlineData("{\"events\": [{\"msg\": \"no event name\"}]}")]
    [InlineData("{\"events\": [{\"event\": \"chat_session_message\"}]}")]
    public async Task SendEvents_BadBody_Returns400With5003(string json)
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.PostAsync($"chats/{chatId}/events", json);

        Assert.Equal(400, status);
        Assert.Equal(5003, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task GetChatHistory_AfterExchange_ReturnsClientAndServerEvents()
    {
        var chatId = await _client.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await _client.SendMessageAsync(chatId, $"{chatId}:1", "Where is my order?");
        await _client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 2, TimeSpan.FromSeconds(10));

        var (status, body) = await _client.GetAsync($"chats/{chatId}/history");

        Assert.Equal(200, status);
        var events = body.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "chat_session_message" && e.GetProperty("msg").GetString() == "Where is my order?");
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "chat_session_party_joined");
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "chat_session_status" && e.GetProperty("state").GetString() == "connected");
    }

    [Fact]
    public async Task GetChatHistory_UnknownChat_Returns404With5005()
    {
        var (status, body) = await _client.GetAsync("chats/nope/history");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task SendEvents_ChatSessionEnd_EndsChatAndAllowsNewOne()
    {
        var chatId = await _client.RequestChatAsync();

        var (status, _) = await _client.SendEventAsync(chatId, """{"event":"chat_session_end"}""");
        var poll = await _client.GetAsync($"chats/{chatId}/events");
        var again = await _client.PostAsync("chats", "{}");

        Assert.Equal(200, status);
        Assert.Equal(404, poll.Status);
        Assert.Equal(5005, poll.Body.GetProperty("error_code").GetInt32());
        Assert.True(again.Body.GetProperty("is_new_chat").GetBoolean());
        Assert.NotEqual(chatId, again.Body.GetProperty("chat_id").GetString());
    }
}
