using ChatSwarm.Client;
using System.Text.Json;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Stats;

public sealed class StatsApiTests
{
    [Fact]
    public async Task GetSimulatorStats_AfterTraffic_ReturnsSnakeCaseCountersMatchingGetStats()
    {
        var options = Sim.Fast() with { Faults = new FaultPlan { Rules = [new FaultRule(ApiMethod.GetIceServers, FaultKind.Error5500, 1.0)] } };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "stats");
        var chatId = await client.RequestChatAsync();
        await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 1, TimeSpan.FromSeconds(10));
        await client.SendMessageAsync(chatId, "m1", "hello");
        await client.PollUntilAsync(chatId, ev => ev.Count("chat_session_message") >= 1, TimeSpan.FromSeconds(10));
        await client.GetAsync("iceservers");

        var json = JsonDocument.Parse(await client.Http.GetStringAsync("simulator/stats")).RootElement;
        var stats = host.GetStats();

        Assert.Equal(1, json.GetProperty("sessions_by_state").GetProperty("connected").GetInt32());
        Assert.Equal(1, json.GetProperty("sessions_created").GetInt64());
        Assert.Equal(stats.PollsServed, json.GetProperty("polls_served").GetInt64());
        Assert.True(stats.PollsServed >= 2);
        Assert.Equal(0, json.GetProperty("concurrent_poll_violations").GetInt64());
        Assert.Equal(1, json.GetProperty("faults_injected").GetProperty("5500").GetInt64());
        Assert.Equal(1, json.GetProperty("messages_from_clients").GetInt64());
        Assert.Equal(2, json.GetProperty("messages_from_agents").GetInt64());
        Assert.Equal(0, json.GetProperty("files_uploaded").GetInt64());
        Assert.Equal(0, json.GetProperty("queue_length").GetInt32());
    }
}
