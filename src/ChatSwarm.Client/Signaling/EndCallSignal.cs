namespace ChatSwarm.Client.Signaling;

/// <summary><c>END_CALL</c>: ends the current WebRTC session.</summary>
public sealed record EndCallSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "END_CALL";
}
