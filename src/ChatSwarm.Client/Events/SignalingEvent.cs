using ChatSwarm.Client.Signaling;

namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_signaling</c>: A WebRTC signaling container (not stored in history).</summary>
public sealed record SignalingEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_signaling</c>.</summary>
    public const string WireName = "chat_session_signaling";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id.</summary>
    public string? MsgId { get; init; }

    /// <summary>Agent party the client addresses (client events).</summary>
    public string? DestinationPartyId { get; init; }

    /// <summary>The typed signaling message carried in <c>data</c>.</summary>
    public required SignalingMessage Message { get; init; }
}
