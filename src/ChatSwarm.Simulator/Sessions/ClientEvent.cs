namespace ChatSwarm.Simulator.Sessions;

/// <summary>One event sent by the client with Send Events, already validated.</summary>
/// <param name="Name">The "event" value.</param>
/// <param name="Raw">The event's JSON as sent, kept for history.</param>
/// <param name="MsgId">msg_id, when present.</param>
/// <param name="FormRequestId">form_request_id, when present.</param>
internal readonly record struct ClientEvent(string Name, byte[] Raw, string? MsgId, string? FormRequestId);
