namespace ChatSwarm.Client.Signaling;

/// <summary><c>ANSWER_CALL</c>: the client confirms the server's WebRTC session.</summary>
public sealed record AnswerCallSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "ANSWER_CALL";
    /// <summary>Session description.</summary>
    public string? Sdp { get; init; }
}
