using System.Diagnostics;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Hosting;

public sealed class SimulatorHostTests
{
    [Fact]
    public async Task StartAsync_Defaults_ListensOnLoopbackEphemeralPortWithConfiguredTenant()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions());

        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.NotEqual(0, host.BaseAddress.Port);
        Assert.Equal("sim.chatswarm.local", host.TenantUrl);
        Assert.Equal("chatswarm-sim", host.AppId);
        Assert.Equal(new Uri(host.BaseAddress, "clientweb/api/v2/"), host.ApiBaseAddress);
    }

    [Fact]
    public async Task DisposeAsync_WithHeldPoll_AnswersPollAndStopsPromptly()
    {
        var host = await SimulatorHost.StartAsync(Sim.Manual() with { PollHold = TimeSpan.FromMinutes(2) });
        using var client = new SimClient(host, "held");
        var chatId = await client.RequestChatAsync();
        await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatId), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await client.GetAsync($"chats/{chatId}/events");
        var poll = client.GetAsync($"chats/{chatId}/events");
        var deadline = Stopwatch.StartNew();
        while (!host.IsPollHeld(chatId))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10));
            await Task.Delay(5);
        }

        var watch = Stopwatch.StartNew();
        await host.DisposeAsync();
        var (status, body) = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("events").GetArrayLength());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"stop took {watch.Elapsed}");
    }

    [Fact]
    public async Task RequestLog_Set_ReceivesOneLinePerRequest()
    {
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var host = await SimulatorHost.StartAsync(Sim.Fast() with { RequestLog = lines.Enqueue });
        using var client = new SimClient(host, "logged");

        await client.GetAsync("version");

        var line = Assert.Single(lines);
        Assert.StartsWith("GET /clientweb/api/v2/version?tenantUrl=sim.chatswarm.local -> 200 in ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BadUrl_ThrowsOneLineError()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(new SimulatorOptions(), ["ftp://x"]));

        Assert.StartsWith("Listen URL 'ftp://x' is not valid", ex.Message, StringComparison.Ordinal);
    }
}
