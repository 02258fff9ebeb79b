namespace ChatSwarm.Reports.Comparing;

/// <summary>What <see cref="ComparisonWriter.CompareAsync"/> produced.</summary>
/// <param name="Comparison">The comparison.</param>
/// <param name="Html">Full path of compare.html.</param>
/// <param name="Markdown">Full path of compare.md.</param>
/// <param name="Text">The comparison as console text (table and summary line).</param>
public sealed record ComparisonFiles(RunComparison Comparison, string Html, string Markdown, string Text);
