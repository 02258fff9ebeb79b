namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_not_typing</c>: A party stopped typing.</summary>
public sealed record NotTypingEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_not_typing</c>.</summary>
    public const string WireName = "chat_session_not_typing";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The party (server events).</summary>
    public string? PartyId { get; init; }
}
