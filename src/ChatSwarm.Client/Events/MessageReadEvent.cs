namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_message_read</c>: A message was read by the other side.</summary>
public sealed record MessageReadEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_message_read</c>.</summary>
    public const string WireName = "chat_session_message_read";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Id of the read message.</summary>
    public required string RefMsgId { get; init; }

    /// <summary>Party that read the message (server events).</summary>
    public string? PartyId { get; init; }
}
