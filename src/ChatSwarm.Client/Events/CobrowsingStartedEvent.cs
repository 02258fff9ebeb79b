namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_cobrowsing_started</c>: The customer accepted and started co-browsing.</summary>
public sealed record CobrowsingStartedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_cobrowsing_started</c>.</summary>
    public const string WireName = "chat_session_cobrowsing_started";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Co-browsing provider name.</summary>
    public string? ProviderType { get; init; }

    /// <summary>URL of the co-browsing session.</summary>
    public string? CobrowsingUrl { get; init; }
}
