namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_message_delivered</c>: A message was delivered to the other side.</summary>
public sealed record MessageDeliveredEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_message_delivered</c>.</summary>
    public const string WireName = "chat_session_message_delivered";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Id of the delivered message.</summary>
    public required string RefMsgId { get; init; }

    /// <summary>Party the message was delivered to (server events).</summary>
    public string? PartyId { get; init; }
}
