namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_timeout_warning</c>: An inactivity warning to show the user.</summary>
public sealed record TimeoutWarningEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_timeout_warning</c>.</summary>
    public const string WireName = "chat_session_timeout_warning";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Warning text.</summary>
    public string? Msg { get; init; }
}
