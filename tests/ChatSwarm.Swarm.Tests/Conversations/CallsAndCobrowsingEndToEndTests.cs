using System.Text.Json;
using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Swarm.Tests.Conversations;

/// <summary>
/// The agent offers and requests WebRTC calls and co-browsing in the middle of a shipped script's chat; the simulator
/// records what the bot answers on the wire (signaling is kept out of the chat history, so it is read from the agent
/// control).
/// </summary>
public sealed class CallsAndCobrowsingEndToEndTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Chatty_AgentOffersAndRequestsCallsAndCobrowsing_CustomerRejectsAllOnTheWireAndChatCompletes()
    {
        await using var s = await BotScenario.StartAsync("chatty");
        var connected = await s.ConnectedAsync();
        var chat = ChatRef.ById(connected.ChatId);
        using var timeout = new CancellationTokenSource(Deadline);

        s.Agent((a, c) => a.OfferCall(c, offerVideo: true, "v=0\r\no=- 4242 2 IN IP4 127.0.0.1\r\ns=-"));
        var offerAnswer = await s.Simulator.Agents.WaitForSignalsAsync(chat, 1, timeout.Token);
        s.Agent((a, c) => a.RequestCall(c, offerVideo: false));
        var requestAnswer = await s.Simulator.Agents.WaitForSignalsAsync(chat, 2, timeout.Token);
        s.Agent((a, c) => a.RequestCobrowsing(c));
        var cobrowsing = await s.Simulator.Agents.WaitForCobrowsingAnswersAsync(chat, 1, timeout.Token);
        s.Agent((a, c) => a.EndCall(c));

        // The rest of chatty's conversation, so the agent's END_CALL is delivered long before the chat completes.
        s.Agent((a, c) => a.SendMessage(c, "Hello, this is Alice. How can I help you today?"));
        await s.Log.CustomerSaysAsync("My parcel hasn't arrived yet");
        s.Agent((a, c) => a.SendMessage(c, "I am sorry to hear that."));
        await s.Log.CustomerSaysAsync("Can you check where it is, Alice?");
        s.Agent((a, c) => a.SendMessage(c, "Yes. Your parcel will be delivered tomorrow."));
        var result = await s.ResultAsync();

        s.AssertSucceeded(result);
        var ended = Assert.Single(offerAnswer);
        Assert.Equal("END_CALL", ended.Type);
        Assert.Equal(connected.PartyId, ended.DestinationPartyId);
        var rejected = requestAnswer[1];
        Assert.Equal("CALL_REJECTED", rejected.Type);
        Assert.Equal("declined", JsonDocument.Parse(rejected.Data).RootElement.GetProperty("reason_code").GetString());
        Assert.Equal(["chat_session_cobrowsing_rejected"], cobrowsing);

        // The agent's own END_CALL needs no answer: nothing more arrived by the end of the chat.
        Assert.Equal(["END_CALL", "CALL_REJECTED"], s.Simulator.Agents.GetReceivedSignals(chat).Data!.Select(r => r.Type));
        Assert.Equal(["chat_session_cobrowsing_rejected"], s.Simulator.Agents.GetCobrowsingAnswers(chat).Data);
        Assert.Equal("completed", s.Simulator.Agents.GetChat(chat).Data!.State);
        Assert.Contains(s.Log.Entries, e => e.Who == "customer" && e.Kind == "call" && e.Text == "answers CALL_REJECTED");
        Assert.Contains(s.Log.Entries, e => e.Who == "customer" && e.Kind == "cobrowsing");
    }
}
