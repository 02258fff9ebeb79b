namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_form_show</c>: The server asks the client to show a predefined form.</summary>
public sealed record FormShowEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_form_show</c>.</summary>
    public const string WireName = "chat_session_form_show";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Id to echo in chat_session_form_data.</summary>
    public required string FormRequestId { get; init; }

    /// <summary>Predefined form name.</summary>
    public required string FormName { get; init; }

    /// <summary>Form timeout in seconds, when given.</summary>
    public int? FormTimeout { get; init; }
}
