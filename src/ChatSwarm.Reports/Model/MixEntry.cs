namespace ChatSwarm.Reports.Model;

/// <summary>One script of a profile's session mix.</summary>
public sealed record MixEntry
{
    /// <summary>The script file as the profile names it (file name only, so reports carry no local paths).</summary>
    public string Script { get; init; } = "";

    /// <summary>The relative weight.</summary>
    public double Weight { get; init; }
}
