namespace ChatSwarm.Client.Events;

/// <summary>
/// A chat event as exchanged by Send Events, Get New Chat Events and Get Chat History. One record per wire name;
/// where the client and the server use the same name (e.g. <c>chat_session_message</c>) one record carries the
/// union of both directions' fields, the direction-specific ones optional. Unknown names arrive as <see cref="UnknownEvent"/>.
/// </summary>
public abstract record ChatEvent
{
    /// <summary>The <c>event</c> discriminator on the wire, e.g. <c>chat_session_message</c>.</summary>
    public abstract string EventName { get; }

    /// <summary>When the event happened, if the server said (read from seconds or milliseconds since the epoch).</summary>
    public DateTimeOffset? Timestamp { get; init; }
}
