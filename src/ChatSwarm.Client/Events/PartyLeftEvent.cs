namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_party_left</c>: A party left the chat.</summary>
public sealed record PartyLeftEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_party_left</c>.</summary>
    public const string WireName = "chat_session_party_left";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The party's id.</summary>
    public required string PartyId { get; init; }
}
