namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_navigation</c>: The client's current web page.</summary>
public sealed record NavigationEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_navigation</c>.</summary>
    public const string WireName = "chat_session_navigation";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id.</summary>
    public string? MsgId { get; init; }

    /// <summary>Page title.</summary>
    public string? Title { get; init; }

    /// <summary>Page name or URL.</summary>
    public required string Page { get; init; }
}
