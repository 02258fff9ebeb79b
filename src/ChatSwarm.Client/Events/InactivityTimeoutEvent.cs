namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_inactivity_timeout</c>: The session ended for inactivity. Read under this name and under the misspelled <c>chat_session_inactvity_timeout</c> that servers send; written misspelled, as servers do.</summary>
public sealed record InactivityTimeoutEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_inactivity_timeout</c>.</summary>
    public const string WireName = "chat_session_inactivity_timeout";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Text to show the user.</summary>
    public string? Msg { get; init; }
}
