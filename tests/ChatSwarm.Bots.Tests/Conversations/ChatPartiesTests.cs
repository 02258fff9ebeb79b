using ChatSwarm.Bots.Conversations;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class ChatPartiesTests
{
    [Fact]
    public void Join_NoDisplayName_NamesTheAgentByFirstAndLastName()
    {
        var parties = new ChatParties();

        parties.Join(new PartyJoinedEvent { PartyId = "a1", FirstName = "Ann", LastName = "Lee" });

        Assert.Equal(("a1", "Ann Lee", "Ann Lee"), (parties.AgentPartyId, parties.AgentName, parties.AgentLabel));
    }

    [Fact]
    public void AgentLabel_NoAgentYet_IsAgent()
    {
        var parties = new ChatParties();

        Assert.Equal("agent", parties.AgentLabel);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("chat-1", true)]
    [InlineData("agent-1", false)]
    public void IsCustomerParty_HistoryParty_IsTheCustomerWhenEmptyOrTheChatId(string? partyId, bool expected)
    {
        var parties = new ChatParties { ChatId = "chat-1" };

        Assert.Equal(expected, parties.IsCustomerParty(partyId));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("agent-1", true)]
    [InlineData("chat-1", false)]
    public void IsFromAgent_LiveMessage_IsTheAgentUnlessTheChatIdIsItsParty(string? partyId, bool expected)
    {
        var parties = new ChatParties { ChatId = "chat-1" };

        Assert.Equal(expected, parties.IsFromAgent(new MessageEvent { Msg = "hi", PartyId = partyId }));
    }
}
