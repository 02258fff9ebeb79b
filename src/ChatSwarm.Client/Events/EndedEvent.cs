namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_ended</c>: The chat session ended normally (e.g. closed by the agent).</summary>
public sealed record EndedEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_ended</c>.</summary>
    public const string WireName = "chat_session_ended";

    /// <inheritdoc />
    public override string EventName => WireName;
}
