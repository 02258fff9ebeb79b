namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_cobrowsing_rejected</c>: The customer rejected a co-browsing session.</summary>
public sealed record CobrowsingRejectedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_cobrowsing_rejected</c>.</summary>
    public const string WireName = "chat_session_cobrowsing_rejected";

    /// <inheritdoc />
    public override string EventName => WireName;
}
