namespace ChatSwarm.Client.Signaling;

/// <summary><c>REQUEST_CALL</c>: the client asks for a WebRTC call.</summary>
public sealed record RequestCallSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "REQUEST_CALL";
    /// <summary>Whether video is offered.</summary>
    public bool OfferVideo { get; init; }
}
