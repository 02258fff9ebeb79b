namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_message</c>: A chat message, from the customer (client event) or from a party (server event).</summary>
public sealed record MessageEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_message</c>.</summary>
    public const string WireName = "chat_session_message";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id, <c>chatId:messageNumber</c>.</summary>
    public string? MsgId { get; init; }

    /// <summary>The message text.</summary>
    public required string Msg { get; init; }

    /// <summary>Chat channel of a client message (web, WhatsApp, ...).</summary>
    public string? Channel { get; init; }

    /// <summary>Sending party (server events).</summary>
    public string? PartyId { get; init; }
}
