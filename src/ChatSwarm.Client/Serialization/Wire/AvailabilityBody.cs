namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Check Availability response: <c>{"chat": "available", "ewt": "3"}</c>.</summary>
internal sealed class AvailabilityBody
{
    public string? Chat { get; set; }
    public double? Ewt { get; set; }
}
