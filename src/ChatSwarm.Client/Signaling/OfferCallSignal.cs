namespace ChatSwarm.Client.Signaling;

/// <summary><c>OFFER_CALL</c>: the server starts a WebRTC session.</summary>
public sealed record OfferCallSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "OFFER_CALL";
    /// <summary>Whether video is offered.</summary>
    public bool OfferVideo { get; init; }
    /// <summary>Session description.</summary>
    public string? Sdp { get; init; }
}
