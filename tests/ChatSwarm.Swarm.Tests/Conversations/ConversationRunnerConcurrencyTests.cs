using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Running;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Testing;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Swarm.Tests.Conversations;

public sealed class ConversationRunnerConcurrencyTests : IDisposable
{
    private readonly Scripts _scripts = new();

    public void Dispose() => _scripts.Dispose();

    [Fact]
    public async Task RunAsync_ManySendsAndEvents_OnePollAndOneOperationAtATimeInOrder()
    {
        using var client = new FakeMessagingClient { SendLatency = TimeSpan.FromMilliseconds(5) };
        var script = _scripts.Parse("""
            conversation:
              - say: one
              - say: two
              - say: three
              - expect: {contains: done, timeout: 10s}
              - say: four
              - end
            receipts: {delivered_delay: 0, read_delay: 0}
            """);
        var lines = new List<TranscriptEntry>();
        var runner = new ConversationRunner(client, new ConversationRunnerOptions { ClientId = "c1", MaxDuration = TimeSpan.FromSeconds(20), Transcript = lines.Add });
        IBotConversation conversation() => script.CreateConversation(new BotConversationOptions { DefaultThinkTime = DelayDistribution.Zero });

        var run = runner.RunAsync(conversation);
        client.Push(new PartyJoinedEvent { PartyId = "a1", DisplayName = "Ann" }, new MessageEvent { Msg = "hi", MsgId = "m1", PartyId = "a1" });
        client.Push(new MessageEvent { Msg = "working on it", MsgId = "m2", PartyId = "a1" });

        // Receipts still pending when the script ends are dropped with the chat, so let these two go out first.
        await Wait.UntilAsync(() => client.Sent.OfType<MessageReadEvent>().Count() == 2);
        client.Push(new MessageEvent { Msg = "all done", MsgId = "m3", PartyId = "a1" });
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.Succeeded, TranscriptFormatterSummary(result));
        Assert.Equal(1, client.MaxConcurrentPolls);
        Assert.Equal(1, client.MaxConcurrentSends);
        var sent = client.Sent.ToList();
        Assert.Equal(["one", "two", "three", "four"], sent.OfType<MessageEvent>().Select(m => m.Msg));
        Assert.IsType<EndEvent>(sent[^1]);
        Assert.Equal(["m1", "m2"], sent.OfType<MessageDeliveredEvent>().Select(d => d.RefMsgId).Take(2).Order());
        Assert.Equal(1, result.Count(BotCounter.ConversationCompleted));
        Assert.Contains(lines, l => l.Who == "Ann" && l.Text == "all done");
    }

    [Fact]
    public async Task RunAsync_Cancelled_EndsChatAndReportsStop()
    {
        using var client = new FakeMessagingClient { SendLatency = TimeSpan.FromMilliseconds(5) };
        var script = BotScriptLoader.Parse("conversation:\n  - expect: {contains: never, timeout: 1h}\n", "t.yaml", _scripts.Folder);
        var lines = new List<TranscriptEntry>();
        var runner = new ConversationRunner(client, new ConversationRunnerOptions { ClientId = "c2", Transcript = lines.Add });
        using var cts = new CancellationTokenSource();

        var run = runner.RunAsync(() => script.CreateConversation(new BotConversationOptions()), cts.Token);
        client.Push(new StatusEvent { State = ChatState.Connected });
        await Wait.UntilAsync(() => client.PollCount >= 2);
        await cts.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("stopped: the run was cancelled", result.Errors);
        Assert.True(client.Sent.Count == 1, string.Join("\n", lines.Select(l => l.Kind + ": " + l.Text)) + "\n" + string.Join("; ", result.Errors) + " " + result.Outcome);
        Assert.IsType<EndEvent>(Assert.Single(client.Sent));
        Assert.False(result.Succeeded);
    }

    private static string TranscriptFormatterSummary(ConversationRunResult result) => TranscriptFormatter.Summarize(result);
}
