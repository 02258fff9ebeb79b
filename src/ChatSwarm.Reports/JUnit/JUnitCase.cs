namespace ChatSwarm.Reports.JUnit;

/// <summary>One JUnit test case: a threshold, a script's expectations or one expectation.</summary>
/// <param name="Name">The case name CI shows, e.g. the threshold expression.</param>
/// <param name="ClassName">The group CI files the case under, e.g. "chatswarm.thresholds".</param>
/// <param name="TimeSeconds">How long the case took, in seconds (0 when it has no duration of its own).</param>
/// <param name="Failure">The failure message, or null when the case passed.</param>
/// <param name="Skipped">Whether the case did not run (e.g. a script whose conversations met no expectation step).</param>
public sealed record JUnitCase(string Name, string ClassName, double TimeSeconds, string? Failure = null, bool Skipped = false)
{
    /// <summary>Longer failure detail shown under the message (the failure element's text), or null.</summary>
    public string? Detail { get; init; }
}
