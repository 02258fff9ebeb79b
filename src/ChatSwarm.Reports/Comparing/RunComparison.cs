namespace ChatSwarm.Reports.Comparing;

/// <summary>The comparison of a new run against a base run.</summary>
/// <param name="BaseRunId">Run id of the base report.</param>
/// <param name="NewRunId">Run id of the new report.</param>
/// <param name="BaseProfile">Profile of the base report.</param>
/// <param name="NewProfile">Profile of the new report.</param>
/// <param name="MaxRegressionPercent">The tolerated worsening the verdicts used.</param>
/// <param name="Lines">Every compared line, steps first, then chat measures, sessions and bot scripts.</param>
public sealed record RunComparison(
    string BaseRunId,
    string NewRunId,
    string BaseProfile,
    string NewProfile,
    double MaxRegressionPercent,
    IReadOnlyList<ComparisonLine> Lines)
{
    /// <summary>Lines worse than the limit.</summary>
    public IReadOnlyList<ComparisonLine> Regressions => Lines.Where(l => l.Verdict == Verdict.Regressed).ToList();

    /// <summary>Whether any line regressed beyond the limit.</summary>
    public bool HasRegression => Lines.Any(l => l.Verdict == Verdict.Regressed);
}
