using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Api;

public sealed class InfoApiTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private SimClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Manual(agents: 1, chatsPerAgent: 1));
        _client = new SimClient(_host, "info");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task CheckAvailability_OfficeOpen_ReturnsAvailableWithEwtString()
    {
        var (status, body) = await _client.GetAsync("availability");

        Assert.Equal(200, status);
        Assert.Equal("available", body.GetProperty("chat").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, body.GetProperty("ewt").ValueKind);
    }

    [Fact]
    public async Task CheckAvailability_OfficeClosed_ReturnsNotAvailable()
    {
        await using var closed = await SimulatorHost.StartAsync(Sim.Fast() with { OfficeOpen = false });
        using var client = new SimClient(closed, "x");

        var (status, body) = await client.GetAsync("availability");

        Assert.Equal(200, status);
        Assert.Equal("notAvailable", body.GetProperty("chat").GetString());
    }

    [Fact]
    public async Task CheckAvailability_AllAgentsBusy_ReturnsPositiveEwt()
    {
        using var busy = new SimClient(_host, "busy");
        var chatId = await busy.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var (_, body) = await _client.GetAsync("availability");

        Assert.True(int.Parse(body.GetProperty("ewt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task ExpectedParameters_Always_ReturnsNameTypePairs()
    {
        var (status, body) = await _client.GetAsync("parameters");

        Assert.Equal(200, status);
        var pairs = body.GetProperty("parameters").EnumerateArray().Select(p => p.EnumerateObject().Single()).ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal("FIRST_NAME", pairs["first_name"]);
        Assert.Equal("EMAIL", pairs["email"]);
        Assert.All(pairs.Values, t => Assert.Contains(t, new[] { "PHONE", "TEXT", "EMAIL", "FIRST_NAME", "LAST_NAME", "ACCOUNT", "COMPANY" }));
    }

    [Fact]
    public async Task GetIceServers_Always_ReturnsServersWithUrls()
    {
        var (status, body) = await _client.GetAsync("iceservers");

        Assert.Equal(200, status);
        Assert.All(body.GetProperty("servers").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("url").GetString())));
    }

    [Fact]
    public async Task GetWidgetConfiguration_Always_ReturnsWidgetWithContactTab()
    {
        var (status, body) = await _client.GetAsync("configuration");

        Assert.Equal(200, status);
        var widget = Assert.Single(body.GetProperty("widgets").EnumerateArray());
        Assert.True(widget.GetProperty("definition").GetProperty("contact_tab").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task GetVersion_Always_ReturnsConfiguredServerVersion()
    {
        var (status, body) = await _client.GetAsync("version");

        Assert.Equal(200, status);
        Assert.Equal(_host.Options.ServerVersion, body.GetProperty("server_version").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"android_firebase_device_token\":\"tok\"}")]
    [InlineData("{\"ios_apns_device_token\":\"tok\",\"ios_app_bundle_id\":\"com.x\"}")]
    public async Task NotificationSubscription_OneServiceOrNone_Returns200EmptyObject(string json)
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.PostAsync($"chats/{chatId}/notifications", json);

        Assert.Equal(200, status);
        Assert.Empty(body.EnumerateObject());
    }

    [Theory]
    [InlineData("{\"android_firebase_device_token\":\"a\",\"ios_firebase_device_token\":\"b\"}", "Too many parameters.")]
    [InlineData("{\"windows_token\":\"a\"}", "Notification parameter 'windows_token' is not configured")]
    public async Task NotificationSubscription_TooManyOrUnknown_Returns406With5603(string json, string message)
    {
        var chatId = await _client.RequestChatAsync();

        var (status, body) = await _client.PostAsync($"chats/{chatId}/notifications", json);

        Assert.Equal(406, status);
        Assert.Equal(5603, body.GetProperty("error_code").GetInt32());
        Assert.StartsWith(message, body.GetProperty("error_message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationSubscription_UnknownChat_Returns404With5005()
    {
        var (status, body) = await _client.PostAsync("chats/nope/notifications", "{}");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task CaseHistoryAndCloseCase_BeforeCaseSet_Return406With5601()
    {
        await _client.RequestChatAsync();

        var history = await _client.GetAsync("casehistory");
        var close = await _client.PostAsync("closecase", "{}");

        Assert.Equal((406, 5601), (history.Status, history.Body.GetProperty("error_code").GetInt32()));
        Assert.Equal((406, 5601), (close.Status, close.Body.GetProperty("error_code").GetInt32()));
        Assert.Equal("No case is specified for this session.", close.Body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task CaseHistory_AfterCaseSet_ReturnsSessionTranscriptAndCloseCaseSucceeds()
    {
        var chatId = await _client.RequestChatAsync();
        await _host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(_host.Agents.SetCase(ChatRef.ByClientId("info"), "CASE-42").IsSuccess);
        var events = await _client.PollUntilAsync(chatId, ev => ev.Has("chat_session_case_set"), TimeSpan.FromSeconds(10));

        var (status, body) = await _client.GetAsync("casehistory");
        var close = await _client.PostAsync("closecase", "{}");

        Assert.Equal("CASE-42", events.Single(e => e.GetProperty("event").GetString() == "chat_session_case_set").GetProperty("case_id").GetString());
        Assert.Equal(200, status);
        var session = Assert.Single(body.GetProperty("sessions").EnumerateArray());
        Assert.Equal(chatId, session.GetProperty("chat_id").GetString());
        Assert.True(session.GetProperty("created_time").GetInt64() > 0);
        Assert.Contains(session.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetString() == "chat_session_case_set");
        Assert.Equal(200, close.Status);
    }

    [Fact]
    public async Task CaseHistory_NoSessionEver_Returns404With5005()
    {
        var (status, body) = await _client.GetAsync("casehistory");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }
}
