namespace ChatSwarm.Client.Signaling;

/// <summary><c>CALL_REJECTED</c>: a requested call was rejected.</summary>
public sealed record CallRejectedSignal : SignalingMessage
{
    /// <inheritdoc />
    public override string Type => "CALL_REJECTED";
    /// <summary>Reject reason code.</summary>
    public string? ReasonCode { get; init; }
    /// <summary>Reject reason text.</summary>
    public string? Reason { get; init; }
}
