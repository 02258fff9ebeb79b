namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_secure_form_show</c>: The server asks the client to show a secure form.</summary>
public sealed record SecureFormShowEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_secure_form_show</c>.</summary>
    public const string WireName = "chat_session_secure_form_show";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Id to echo in chat_session_secure_form_data.</summary>
    public required string FormRequestId { get; init; }

    /// <summary>The secure form's id.</summary>
    public required string FormId { get; init; }
}
