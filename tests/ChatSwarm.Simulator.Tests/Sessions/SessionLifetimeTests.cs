using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class SessionLifetimeTests
{
    private static SimulatorOptions ManualClock(FakeTimeProvider clock) => Sim.Manual() with
    {
        TimeProvider = clock,
        EndedSessionRetention = TimeSpan.FromMinutes(10),
        Behavior = Sim.Manual().Behavior with { IvrDuration = TimeSpan.Zero, ConnectingDuration = TimeSpan.Zero },
    };

    [Fact]
    public async Task EndedSession_WithinRetention_HistoryStillReadable()
    {
        var clock = new FakeTimeProvider();
        await using var host = await SimulatorHost.StartAsync(ManualClock(clock));
        using var client = new SimClient(host, "kept");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        host.Agents.EndChat(ChatRef.ById(chatId));

        clock.Advance(TimeSpan.FromMinutes(9));
        var (status, body) = await client.GetAsync($"chats/{chatId}/history");

        Assert.Equal(200, status);
        Assert.Equal("chat_session_ended", body.GetProperty("events").EnumerateArray().Names().Last());
    }

    [Fact]
    public async Task EndedSession_AfterRetention_IsForgotten()
    {
        var clock = new FakeTimeProvider();
        await using var host = await SimulatorHost.StartAsync(ManualClock(clock));
        using var client = new SimClient(host, "forgotten");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        host.Agents.EndChat(ChatRef.ById(chatId));

        clock.Advance(TimeSpan.FromMinutes(10));
        var (status, body) = await client.GetAsync($"chats/{chatId}/history");

        Assert.Equal(404, status);
        Assert.Equal(5005, body.GetProperty("error_code").GetInt32());
        Assert.Equal(0, host.GetStats().SessionsByState["completed"]);
    }

    [Fact]
    public async Task RequestChat_SameClientIdUnderTwoAppIds_KeepsSeparateSessions()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Manual() with { AppIds = ["app-a", "app-b"] });
        using var a = new SimClient(host, "same", "app-a");
        using var b = new SimClient(host, "same", "app-b");

        var chatA = await a.RequestChatAsync();
        var chatB = await b.RequestChatAsync();

        Assert.NotEqual(chatA, chatB);
        Assert.Equal(2, host.GetStats().SessionsCreated);
    }

    [Fact]
    public async Task WaitForConnected_ByClientIdBeforeChatExists_CompletesOnceClientRequestsChat()
    {
        await using var host = await SimulatorHost.StartAsync(Sim.Manual());
        using var client = new SimClient(host, "later");

        var waiting = host.Agents.WaitForConnectedAsync(ChatRef.ByClientId("later"), CancellationToken.None);
        var notYet = waiting.IsCompleted;
        var chatId = await client.RequestChatAsync();
        var info = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(notYet);
        Assert.Equal(chatId, info.ChatId);
        Assert.Equal("connected", info.State);
    }
}
