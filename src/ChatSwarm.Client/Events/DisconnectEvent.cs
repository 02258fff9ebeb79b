namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_disconnect</c>: The customer ends the conversation but keeps the session open (e.g. for a survey).</summary>
public sealed record DisconnectEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_disconnect</c>.</summary>
    public const string WireName = "chat_session_disconnect";

    /// <inheritdoc />
    public override string EventName => WireName;
}
