using System.Diagnostics;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Hosting;

public sealed class ScaleTests
{
    private const int Sessions = 2000;

    [Fact]
    public async Task TwoThousandSessions_EachWithHeldPoll_AllWokenByAgentMessagesInBoundedTime()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var watch = Stopwatch.StartNew();
        await using var host = await SimulatorHost.StartAsync(Sim.Manual(agents: 1000, chatsPerAgent: 2) with { PollHold = TimeSpan.FromSeconds(60) }, budget.Token);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, ConnectTimeout = TimeSpan.FromSeconds(30) };
        using var http = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        var clients = Enumerable.Range(0, Sessions).Select(i => new SimClient(host, $"load-{i}", http: http)).ToArray();
        var chatIds = new string[Sessions];

        await Parallel.ForEachAsync(Enumerable.Range(0, Sessions), new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = budget.Token }, async (i, ct) =>
        {
            chatIds[i] = await clients[i].RequestChatAsync();
            await host.Agents.WaitForConnectedAsync(ChatRef.ById(chatIds[i]), ct);
            var (status, _) = await clients[i].GetAsync($"chats/{chatIds[i]}/events", ct);
            Assert.Equal(200, status);
        });

        var polls = Enumerable.Range(0, Sessions).Select(i => clients[i].GetAsync($"chats/{chatIds[i]}/events", budget.Token)).ToArray();
        while (host.HeldPolls < Sessions)
        {
            budget.Token.ThrowIfCancellationRequested();
            Assert.DoesNotContain(polls, p => p.IsCompleted);
            await Task.Delay(10, budget.Token);
        }

        for (var i = 0; i < Sessions; i++) Assert.True(host.Agents.SendMessage(ChatRef.ById(chatIds[i]), $"wake {i}").IsSuccess);
        var results = await Task.WhenAll(polls).WaitAsync(budget.Token);

        for (var i = 0; i < Sessions; i++)
        {
            Assert.Equal(200, results[i].Status);
            var message = Assert.Single(results[i].Body.GetProperty("events").EnumerateArray());
            Assert.Equal($"wake {i}", message.GetProperty("msg").GetString());
        }

        var stats = host.GetStats();
        Assert.Equal(Sessions, stats.SessionsByState["connected"]);
        Assert.Equal(2 * Sessions, stats.PollsServed);
        Assert.Equal(0, stats.ConcurrentPollViolations);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
