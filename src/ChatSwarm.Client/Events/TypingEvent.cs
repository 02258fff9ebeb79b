namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_typing</c>: A party started typing.</summary>
public sealed record TypingEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_typing</c>.</summary>
    public const string WireName = "chat_session_typing";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The typing party (server events).</summary>
    public string? PartyId { get; init; }
}
