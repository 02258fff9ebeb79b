namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>A chat_session_signaling the customer sent to the agent (not stored in the chat history).</summary>
/// <param name="MsgId">The event's msg_id, if sent.</param>
/// <param name="DestinationPartyId">The event's destination_party_id, if sent.</param>
/// <param name="Type">The signaling message's type (CALL_REJECTED, END_CALL, ANSWER_CALL, ...); empty when data is not a JSON object with a type.</param>
/// <param name="Data">The signaling message's JSON text, whether the client sent it as a string or as an object.</param>
public sealed record ReceivedSignal(string? MsgId, string? DestinationPartyId, string Type, string Data);
