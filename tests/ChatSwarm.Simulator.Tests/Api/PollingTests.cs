using System.Diagnostics;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Api;

public sealed class PollingTests
{
    private static async Task<(SimulatorHost Host, SimClient Client, string ChatId)> ConnectedAsync(TimeSpan pollHold)
    {
        var host = await SimulatorHost.StartAsync(Sim.Manual() with { PollHold = pollHold });
        var client = new SimClient(host, "poller");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_party_joined"), TimeSpan.FromSeconds(10));
        return (host, client, chatId);
    }

    [Fact]
    public async Task GetNewChatEvents_NoEvents_HoldsForPollHoldThenReturnsEmpty()
    {
        var (host, client, chatId) = await ConnectedAsync(TimeSpan.FromMilliseconds(400));
        await using var _ = host;
        using var __ = client;

        var watch = Stopwatch.StartNew();
        var (status, body) = await client.GetAsync($"chats/{chatId}/events");
        watch.Stop();

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("events").GetArrayLength());
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetNewChatEvents_EventArrivesDuringHold_ReturnsAtOnce()
    {
        var (host, client, chatId) = await ConnectedAsync(TimeSpan.FromSeconds(20));
        await using var _ = host;
        using var __ = client;

        var watch = Stopwatch.StartNew();
        var poll = client.GetAsync($"chats/{chatId}/events");
        await WaitUntilHeldAsync(host, chatId);
        host.Agents.SendMessage(ChatRef.ById(chatId), "ping from agent");
        var (status, body) = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, status);
        var msg = Assert.Single(body.GetProperty("events").EnumerateArray());
        Assert.Equal("chat_session_message", msg.GetProperty("event").GetString());
        Assert.Equal("ping from agent", msg.GetProperty("msg").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task GetNewChatEvents_SecondConcurrentPoll_Returns400With5509AndCounts()
    {
        var (host, client, chatId) = await ConnectedAsync(TimeSpan.FromSeconds(20));
        await using var _ = host;
        using var __ = client;

        var first = client.GetAsync($"chats/{chatId}/events");
        await WaitUntilHeldAsync(host, chatId);
        var (status, body) = await client.GetAsync($"chats/{chatId}/events");
        host.Agents.SendMessage(ChatRef.ById(chatId), "release the first poll");
        var firstResult = await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(400, status);
        Assert.Equal(5509, body.GetProperty("error_code").GetInt32());
        Assert.Equal("Too many concurrent poll requests for the same session", body.GetProperty("error_message").GetString());
        Assert.Equal(200, firstResult.Status);
        Assert.Equal(1, host.GetStats().ConcurrentPollViolations);
    }

    [Fact]
    public async Task GetNewChatEvents_UnknownChat_Returns404With5005()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Fast());
        using var client = new SimClient(host, "c");

        var (status, body) = await client.GetAsync("chats/unknown/events");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task GetNewChatEvents_AfterAgentEndsAndEventsDrained_Returns5005()
    {
        var (host, client, chatId) = await ConnectedAsync(TimeSpan.FromMilliseconds(300));
        await using var _ = host;
        using var __ = client;

        Assert.True(host.Agents.EndChat(ChatRef.ById(chatId)).IsSuccess);
        var events = await client.PollUntilAsync(chatId, ev => ev.Has("chat_session_ended"), TimeSpan.FromSeconds(10));
        var (status, body) = await client.GetAsync($"chats/{chatId}/events");

        Assert.Equal(["chat_session_party_left", "chat_session_status", "chat_session_ended"], events.Names());
        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
    }

    /// <summary>Waits until the simulator holds a poll for the chat: a second poll would then be refused, so probe the internal state.</summary>
    private static async Task WaitUntilHeldAsync(SimulatorHost host, string chatId)
    {
        var deadline = Stopwatch.StartNew();
        while (!host.IsPollHeld(chatId))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the poll was never held");
            await Task.Yield();
            await Task.Delay(1);
        }
    }
}
