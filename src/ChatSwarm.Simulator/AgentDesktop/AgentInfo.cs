using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>One simulated agent as seen by the agent-control API.</summary>
/// <param name="Id">Numeric user id (Kommo showUserStatus style), 1001 upwards.</param>
/// <param name="FirstName">First name sent in party_joined.</param>
/// <param name="LastName">Last name sent in party_joined.</param>
/// <param name="DisplayName">Display name sent in party_joined.</param>
/// <param name="Status">Ready, not ready or logged out.</param>
/// <param name="ActiveChats">Chats the agent handles now.</param>
/// <param name="Calling">Whether the agent is on a phone call (setCallingStatus / startCall).</param>
/// <param name="Extension">The agent's own phone number; calling it is a self_call.</param>
public sealed record AgentInfo(int Id, string FirstName, string LastName, string DisplayName, AgentStatus Status, int ActiveChats, bool Calling, string Extension)
{
    /// <summary>Online in the Kommo sense: logged in (ready or not ready).</summary>
    public bool Online => Status != AgentStatus.LoggedOut;
}

/// <summary>One entry of showUserStatus(): a user id and its online flag.</summary>
/// <param name="Id">The agent id.</param>
/// <param name="Online">Whether the agent is logged in.</param>
public sealed record AgentPresence(int Id, bool Online);

/// <summary>A chat as seen by the agent-control API.</summary>
/// <param name="ChatId">The chat id.</param>
/// <param name="ClientId">The client's id.</param>
/// <param name="State">ivr, queued, connecting, connected, completed or failed.</param>
/// <param name="AgentId">The connected agent, if any.</param>
/// <param name="PartyId">The agent's party id in this chat, if any.</param>
/// <param name="CaseId">The CRM case set on the chat, if any.</param>
public sealed record ChatInfo(string ChatId, string ClientId, string State, int? AgentId, string? PartyId, string? CaseId);

/// <summary>startCall's initialObject (agent-desktop-startcall.txt).</summary>
/// <param name="Id">The object's id.</param>
/// <param name="Type">The object's type, e.g. contact.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="DisplayType">Display type.</param>
/// <param name="CustomFields">Extra fields.</param>
public sealed record InteractionAssociatedObject(string Id, string Type, string DisplayName, string DisplayType, IReadOnlyDictionary<string, string>? CustomFields);

/// <summary>startCall's result: the created interaction id (null when none was created) and an optional error text.</summary>
/// <param name="Id">The interaction id.</param>
/// <param name="Error">An error text, if any.</param>
public sealed record InitiateResult(string? Id, string? Error);
