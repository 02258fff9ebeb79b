namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_party_joined</c>: A party (agent) joined the chat.</summary>
public sealed record PartyJoinedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_party_joined</c>.</summary>
    public const string WireName = "chat_session_party_joined";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The party's id.</summary>
    public required string PartyId { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>scenario</c>, <c>external</c> or <c>internal</c>.</summary>
    public string? Type { get; init; }
}
