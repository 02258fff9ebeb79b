namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_secure_form_data</c>: The customer's answer to <c>chat_session_secure_form_show</c>.</summary>
public sealed record SecureFormDataEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_secure_form_data</c>.</summary>
    public const string WireName = "chat_session_secure_form_data";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Request id from the secure_form_show event.</summary>
    public required string FormRequestId { get; init; }

    /// <summary>The form's name.</summary>
    public required string FormName { get; init; }

    /// <summary>Field values.</summary>
    public required IReadOnlyDictionary<string, string> Data { get; init; }
}
