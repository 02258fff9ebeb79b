namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_status</c>: The chat session's state changed.</summary>
public sealed record StatusEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_status</c>.</summary>
    public const string WireName = "chat_session_status";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The new state.</summary>
    public required ChatState State { get; init; }

    /// <summary>Estimated wait in seconds (queued), when given.</summary>
    public int? Ewt { get; init; }
}
