namespace ChatSwarm.Reports.JUnit;

/// <summary>One JUnit test suite.</summary>
/// <param name="Name">The suite name, e.g. "thresholds".</param>
/// <param name="Timestamp">When the run started.</param>
/// <param name="TimeSeconds">How long the suite took, in seconds.</param>
/// <param name="Cases">The test cases.</param>
public sealed record JUnitSuite(string Name, DateTimeOffset Timestamp, double TimeSeconds, IReadOnlyList<JUnitCase> Cases)
{
    /// <summary>Number of failed cases.</summary>
    public int Failures => Cases.Count(c => c.Failure is not null);

    /// <summary>Number of skipped cases.</summary>
    public int SkippedCount => Cases.Count(c => c.Skipped && c.Failure is null);
}
