namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_cobrowsing_requested</c>: The agent requests a co-browsing session.</summary>
public sealed record CobrowsingRequestedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_cobrowsing_requested</c>.</summary>
    public const string WireName = "chat_session_cobrowsing_requested";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id.</summary>
    public string? MsgId { get; init; }
}
