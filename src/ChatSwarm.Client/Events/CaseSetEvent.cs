namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_case_set</c>: The scenario set the CRM case of the session; case history and close case become available.</summary>
public sealed record CaseSetEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_case_set</c>.</summary>
    public const string WireName = "chat_session_case_set";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>The CRM case id.</summary>
    public required string CaseId { get; init; }
}
