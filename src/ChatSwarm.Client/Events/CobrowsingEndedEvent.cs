namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_cobrowsing_ended</c>: The customer ended co-browsing.</summary>
public sealed record CobrowsingEndedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_cobrowsing_ended</c>.</summary>
    public const string WireName = "chat_session_cobrowsing_ended";

    /// <inheritdoc />
    public override string EventName => WireName;
}
