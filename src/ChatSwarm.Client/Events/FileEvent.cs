namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_file</c>: A file was uploaded (client) or is offered for download (server).</summary>
public sealed record FileEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_file</c>.</summary>
    public const string WireName = "chat_session_file";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id.</summary>
    public string? MsgId { get; init; }

    /// <summary>File id for Get File.</summary>
    public required string FileId { get; init; }

    /// <summary><c>image</c> or <c>attachment</c>.</summary>
    public required string FileType { get; init; }

    /// <summary>Sending party (server events).</summary>
    public string? PartyId { get; init; }
}
