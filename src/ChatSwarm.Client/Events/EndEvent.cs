namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_end</c>: The customer ends the chat session.</summary>
public sealed record EndEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_end</c>.</summary>
    public const string WireName = "chat_session_end";

    /// <inheritdoc />
    public override string EventName => WireName;
}
