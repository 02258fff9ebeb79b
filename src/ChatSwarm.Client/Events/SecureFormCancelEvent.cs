namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_secure_form_cancel</c>: A secure form was cancelled (either direction).</summary>
public sealed record SecureFormCancelEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_secure_form_cancel</c>.</summary>
    public const string WireName = "chat_session_secure_form_cancel";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Request id of the cancelled form.</summary>
    public required string FormRequestId { get; init; }
}
