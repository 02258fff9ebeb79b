using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Who is who in one chat: the customer's chat id, the agent's party id and name, and the agent's last message (what a
/// capture step reads).
/// </summary>
internal sealed class ChatParties
{
    /// <summary>The chat's id, known once the conversation starts; the customer's own events carry it as their party.</summary>
    public string? ChatId { get; set; }

    /// <summary>The agent's party id once one joined.</summary>
    public string? AgentPartyId { get; private set; }

    /// <summary>The agent's display name (or first and last name), empty until one joined.</summary>
    public string AgentName { get; private set; } = string.Empty;

    /// <summary>The last message the agent sent, or null.</summary>
    public string? LastAgentMessage { get; set; }

    /// <summary>How transcripts name the agent.</summary>
    public string AgentLabel => AgentName.Length > 0 ? AgentName : "agent";

    /// <summary>Remembers the agent who joined.</summary>
    public void Join(PartyJoinedEvent joined)
    {
        AgentPartyId = joined.PartyId;
        AgentName = joined.DisplayName
            ?? string.Join(' ', new[] { joined.FirstName, joined.LastName }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>Whether a live message came from the agent: the server echoes nothing of the customer's except with the chat id as party.</summary>
    public bool IsFromAgent(MessageEvent message) => message.PartyId is null || message.PartyId != ChatId;

    /// <summary>
    /// In a history, the customer's own events carry no party id or the chat id (the API gives the chat id as the
    /// party of history events the client sent); the agent's carry the agent's party id.
    /// </summary>
    public bool IsCustomerParty(string? partyId) => string.IsNullOrEmpty(partyId) || partyId == ChatId;
}
