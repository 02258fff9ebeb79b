using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Agents;

public sealed class ConversationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task AutonomousAgent_TwoExchanges_AnnouncesStatesRepliesAndEndsChat()
    {
        var options = Sim.Fast() with { Behavior = Sim.Fast().Behavior with { ExchangesBeforeEnd = 2 } };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "customer");
        var chatId = await client.RequestChatAsync();

        var events = await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 1, Deadline);
        await client.SendMessageAsync(chatId, $"{chatId}:c1", "Hi, my parcel is late");
        await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 2, Deadline, events);
        await client.SendMessageAsync(chatId, $"{chatId}:c2", "Thanks");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_ended"), Deadline, events);

        var states = events.Where(e => e.GetProperty("event").GetString() == "chat_session_status").Select(e => e.GetProperty("state").GetString()).ToList();
        Assert.Equal(["ivr", "queued", "connecting", "connected", "completed"], states);
        var joined = events.Single(e => e.GetProperty("event").GetString() == "chat_session_party_joined");
        var partyId = joined.GetProperty("party_id").GetString();
        Assert.False(string.IsNullOrEmpty(joined.GetProperty("first_name").GetString()));
        Assert.False(string.IsNullOrEmpty(joined.GetProperty("display_name").GetString()));
        var delivered = events.Where(e => e.GetProperty("event").GetString() == "chat_session_message_delivered").Select(e => e.GetProperty("ref_msg_id").GetString()).ToList();
        var read = events.Where(e => e.GetProperty("event").GetString() == "chat_session_message_read").Select(e => e.GetProperty("ref_msg_id").GetString()).ToList();
        Assert.Equal([$"{chatId}:c1", $"{chatId}:c2"], delivered);
        Assert.Equal([$"{chatId}:c1", $"{chatId}:c2"], read);
        Assert.True(events.Count("chat_session_typing") >= 2);
        Assert.All(events.Where(e => e.GetProperty("event").GetString() == "chat_session_message"), m => Assert.Equal(partyId, m.GetProperty("party_id").GetString()));
        Assert.Equal(3, events.Count("chat_session_message"));
        Assert.Equal(["chat_session_party_left", "chat_session_status", "chat_session_ended"], events.Names().TakeLast(3));
        var stats = host.GetStats();
        Assert.Equal(2, stats.MessagesFromClients);
        Assert.Equal(3, stats.MessagesFromAgents);
        Assert.Equal(1, stats.SessionsByState["completed"]);
    }

    [Fact]
    public async Task AutonomousAgent_AllExtrasCertain_ShowsFormSecureFormFileAndCase()
    {
        var options = Sim.Fast() with
        {
            Behavior = Sim.Fast().Behavior with { FormProbability = 1, SecureFormProbability = 1, FileProbability = 1, CaseProbability = 1, FormTimeoutSeconds = 45 },
        };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "extras");
        var chatId = await client.RequestChatAsync();
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), Deadline);

        await client.SendMessageAsync(chatId, "m1", "hello");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_case_set"), Deadline, events);

        var form = events.Single(e => e.GetProperty("event").GetString() == "chat_session_form_show");
        Assert.Equal("contact_details", form.GetProperty("form_name").GetString());
        Assert.Equal("45", form.GetProperty("form_timeout").GetString());
        Assert.False(string.IsNullOrEmpty(form.GetProperty("form_request_id").GetString()));
        var secure = events.Single(e => e.GetProperty("event").GetString() == "chat_session_secure_form_show");
        Assert.Equal("payment_card", secure.GetProperty("form_id").GetString());
        Assert.True(events.Has("chat_session_file"));
        Assert.StartsWith("CASE-", events.Single(e => e.GetProperty("event").GetString() == "chat_session_case_set").GetProperty("case_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, host.GetStats().FilesFromAgents);
    }

    [Fact]
    public async Task CustomerDisconnect_SurveySubmitted_ShowsSurveyThenEnds()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Fast());
        using var client = new SimClient(host, "leaver");
        var chatId = await client.RequestChatAsync();
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), Deadline);

        await client.SendEventAsync(chatId, """{"event":"chat_session_disconnect"}""");
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_form_show"), Deadline, events);
        var survey = events.Single(e => e.GetProperty("event").GetString() == "chat_session_form_show");
        var data = JsonSerializer.Serialize(new { @event = "chat_session_form_data", form_request_id = survey.GetProperty("form_request_id").GetString(), form_name = "survey", data = new { score = "5" } });
        await client.SendEventAsync(chatId, data);
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_ended"), Deadline, events);

        Assert.Equal("survey", survey.GetProperty("form_name").GetString());
        Assert.True(events.Has("chat_session_party_left"));
        Assert.Equal("chat_session_ended", events.Names().Last());
        Assert.Null(host.Agents.GetChat(ChatRef.ByClientId("leaver")).Data);
    }

    [Fact]
    public async Task CustomerDisconnect_SurveyIgnored_EndsAfterSurveyTimeout()
    {
        var clock = new FakeTimeProvider();
        var options = Sim.Fast() with
        {
            TimeProvider = clock,
            Behavior = Sim.Fast().Behavior with { IvrDuration = TimeSpan.Zero, ConnectingDuration = TimeSpan.Zero, SurveyTimeout = TimeSpan.FromSeconds(30) },
        };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "silent");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(Deadline);
        await client.SendEventAsync(chatId, """{"event":"chat_session_disconnect"}""");

        clock.Advance(TimeSpan.FromSeconds(29));
        var before = (await client.GetAsync($"chats/{chatId}/history")).Body.GetProperty("events").EnumerateArray().ToList();
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = (await client.GetAsync($"chats/{chatId}/history")).Body.GetProperty("events").EnumerateArray().ToList();

        Assert.False(before.Has("chat_session_ended"));
        Assert.Equal("chat_session_ended", after.Names().Last());
    }

    [Fact]
    public async Task IdleCustomer_ManualClock_WarnsThenTimesOut()
    {
        var clock = new FakeTimeProvider();
        var options = Sim.Fast() with
        {
            TimeProvider = clock,
            Behavior = Sim.Fast().Behavior with
            {
                IvrDuration = TimeSpan.Zero,
                ConnectingDuration = TimeSpan.Zero,
                IdleWarningAfter = TimeSpan.FromSeconds(60),
                IdleTimeoutAfter = TimeSpan.FromSeconds(120),
            },
        };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "idle");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(Deadline);

        clock.Advance(TimeSpan.FromSeconds(30));
        await client.SendEventAsync(chatId, """{"event":"chat_session_typing"}""");
        clock.Advance(TimeSpan.FromSeconds(59));
        var beforeWarning = await HistoryNamesAsync(client, chatId);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterWarning = await HistoryNamesAsync(client, chatId);
        clock.Advance(TimeSpan.FromSeconds(60));
        var afterTimeout = await HistoryNamesAsync(client, chatId);

        Assert.DoesNotContain("chat_session_timeout_warning", beforeWarning);
        Assert.Contains("chat_session_timeout_warning", afterWarning);
        Assert.DoesNotContain("chat_session_inactivity_timeout", afterWarning);
        Assert.Equal("chat_session_inactivity_timeout", afterTimeout.Last());
        Assert.Equal(404, (await client.GetAsync("chats/active")).Status);
    }

    [Fact]
    public async Task SameSeed_SameScript_ProducesIdenticalConversation()
    {
        var options = Sim.Fast() with
        {
            Seed = 1234,
            Behavior = Sim.Fast().Behavior with { FormProbability = 0.5, SecureFormProbability = 0.5, FileProbability = 0.5, CaseProbability = 0.5, ExchangesBeforeEnd = 4 },
        };

        var first = await RunScriptAsync(options);
        var second = await RunScriptAsync(options);
        var other = await RunScriptAsync(options with { Seed = 99 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Queue_AllAgentsBusy_QueuesWithEwtAndConnectsWhenAgentFrees()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Manual(agents: 1, chatsPerAgent: 1));
        using var first = new SimClient(host, "first");
        using var second = new SimClient(host, "second");
        var firstChat = await first.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(firstChat), CancellationToken.None).WaitAsync(Deadline);

        var secondChat = await second.RequestChatAsync();
        var queued = await second.PollUntilAsync(secondChat, ev => ev.Any(e => e.GetProperty("event").GetString() == "chat_session_status" && e.GetProperty("state").GetString() == "queued"), Deadline);
        var waiting = host.Agents.GetChat(ChatRef.ById(secondChat)).Data!;
        host.Agents.EndChat(ChatRef.ById(firstChat));
        var connected = await host.Agents.WaitForConnectedAsync(ChatRef.ById(secondChat), CancellationToken.None).WaitAsync(Deadline);

        var queuedEvent = queued.Last(e => e.GetProperty("event").GetString() == "chat_session_status");
        Assert.True(int.Parse(queuedEvent.GetProperty("ewt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("queued", waiting.State);
        Assert.Equal("connected", connected.State);
        Assert.Equal(1001, connected.AgentId);
    }

    [Fact]
    public async Task AutonomousAgent_MessageSentWhileQueued_IsAnsweredAfterJoining()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Fast() with { Behavior = Sim.Fast().Behavior with { IvrDuration = TimeSpan.FromMilliseconds(300) } });
        using var client = new SimClient(host, "early-bird");
        var chatId = await client.RequestChatAsync();

        await client.SendMessageAsync(chatId, "early", "Anyone there?");
        var events = await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 2, Deadline);

        Assert.Equal("early", events.First(e => e.GetProperty("event").GetString() == "chat_session_message_read").GetProperty("ref_msg_id").GetString());
        Assert.True(events.FindIndex(e => e.GetProperty("event").GetString() == "chat_session_party_joined") < events.FindIndex(e => e.GetProperty("event").GetString() == "chat_session_message_delivered"));
    }

    private static async Task<List<string>> HistoryNamesAsync(SimClient client, string chatId) =>
        (await client.GetAsync($"chats/{chatId}/history")).Body.GetProperty("events").EnumerateArray().Names().ToList();

    /// <summary>Runs a fixed customer script and returns the server events without their timestamps.</summary>
    private static async Task<List<string>> RunScriptAsync(SimulatorOptions options)
    {
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "deterministic");
        var chatId = await client.RequestChatAsync();
        var events = await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 1, Deadline);
        for (var i = 1; i <= 4 && !events.Has("chat_session_ended"); i++)
        {
            await client.SendMessageAsync(chatId, $"c{i}", $"message {i}");
            var expected = i + 1;
            await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= expected || ev.Has("chat_session_ended"), Deadline, events);
        }

        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_ended"), Deadline, events);
        return [chatId, .. events.Select(e =>
        {
            var fields = e.EnumerateObject().Where(p => p.Name is not ("timestamp" or "file_id")).Select(p => $"{p.Name}={p.Value}");
            return string.Join(";", fields);
        })];
    }
}
