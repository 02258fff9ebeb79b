using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Running;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Testing;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Swarm.Tests.Conversations;

public sealed class ConversationRunResumeTests : IDisposable
{
    private readonly Scripts _scripts = new();

    public void Dispose() => _scripts.Dispose();

    [Fact]
    public async Task RunAsync_ResumedSessionWhosePendingEventsThePollRepeats_HandlesThemOnce()
    {
        var pendingForm = new FormShowEvent { FormRequestId = "r1", FormName = "contact_details" };
        var pendingReply = new MessageEvent { Msg = "Please fill this in.", MsgId = "m2", PartyId = "a1" };
        using var client = FakeMessagingClient.Resuming(
            new PartyJoinedEvent { PartyId = "a1", DisplayName = "Ann" },
            new MessageEvent { Msg = "I need to update my details." },
            pendingReply,
            pendingForm);
        var script = _scripts.Parse("""
            receipts: false
            conversation:
              - expect: {event: agent_joined}
              - say: "I need to update my details."
              - expect: {event: message, timeout: 10s}
              - expect: {event: form, timeout: 10s}
              - expect: {contains: thanks, timeout: 10s}
              - end
            """);
        var runner = new ConversationRunner(client, new ConversationRunnerOptions { ClientId = "c1", MaxDuration = TimeSpan.FromSeconds(20) });
        IBotConversation conversation() => script.CreateConversation(new BotConversationOptions { DefaultThinkTime = DelayDistribution.Zero });

        var run = runner.RunAsync(conversation);

        // Both were still pending when the history was read, so the first poll brings them again.
        client.Push(pendingReply with { PartyId = "chat-1" }, pendingForm);
        await Wait.UntilAsync(() => client.Sent.OfType<FormDataEvent>().Any());
        client.Push(new MessageEvent { Msg = "Got it, thanks!", MsgId = "m3", PartyId = "a1" });
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.Outcome is { Completed: true }, string.Join("; ", result.Errors));
        Assert.Equal("r1", Assert.Single(client.Sent.OfType<FormDataEvent>()).FormRequestId);
        Assert.Empty(client.Sent.OfType<MessageEvent>());
        Assert.IsType<EndEvent>(client.Sent.Last());
    }
}
