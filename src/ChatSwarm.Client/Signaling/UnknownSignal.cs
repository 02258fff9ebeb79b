namespace ChatSwarm.Client.Signaling;

/// <summary>A signaling message of a type this client does not know, kept as its raw JSON text.</summary>
public sealed record UnknownSignal : SignalingMessage
{
    /// <summary>The received <c>type</c>.</summary>
    public required string Name { get; init; }
    /// <summary>The raw signaling JSON.</summary>
    public required string RawJson { get; init; }
    /// <inheritdoc />
    public override string Type => Name;
}
