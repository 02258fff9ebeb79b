namespace ChatSwarm.Reports.Writing;

/// <summary>Paths of the files one <see cref="ReportWriter.WriteAllAsync"/> call wrote.</summary>
/// <param name="Directory">The run folder.</param>
/// <param name="Json">report.json.</param>
/// <param name="Html">report.html (the path the CLI prints).</param>
/// <param name="Csv">report.csv.</param>
/// <param name="Markdown">report.md.</param>
/// <param name="Text">report.txt.</param>
public sealed record ReportFiles(string Directory, string Json, string Html, string Csv, string Markdown, string Text)
{
    /// <summary>All five file paths, JSON first.</summary>
    public IReadOnlyList<string> All => [Json, Html, Csv, Markdown, Text];
}
