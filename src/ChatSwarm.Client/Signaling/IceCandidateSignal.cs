namespace ChatSwarm.Client.Signaling;

/// <summary><c>ICE_CANDIDATE</c>: an ICE candidate description.</summary>
public sealed record IceCandidateSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "ICE_CANDIDATE";
    /// <summary>Candidate id.</summary>
    public string? SdpMid { get; init; }
    /// <summary>Candidate index.</summary>
    public int SdpMLineIndex { get; init; }
    /// <summary>Candidate description.</summary>
    public string? Candidate { get; init; }
}
