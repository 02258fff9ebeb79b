namespace ChatSwarm.Client.Models;

/// <summary>Check Availability: whether the launch point's hours of operation are open, with an optional EWT.</summary>
public sealed record Availability
{
    /// <summary>True for <c>available</c>, false for <c>notAvailable</c>.</summary>
    public required bool IsAvailable { get; init; }
    /// <summary>The raw <c>chat</c> status string.</summary>
    public required string Status { get; init; }
    /// <summary>Estimated wait time in seconds, when the server has one.</summary>
    public int? Ewt { get; init; }
}
