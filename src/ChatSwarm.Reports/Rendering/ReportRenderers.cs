namespace ChatSwarm.Reports.Rendering;

/// <summary>The renderer of every report format.</summary>
public static class ReportRenderers
{
    /// <summary>report.json, the source every other format is rendered from.</summary>
    public static IReportRenderer Json { get; } = new JsonReportRenderer();

    /// <summary>report.html: one self-contained page with inline CSS and SVG charts.</summary>
    public static IReportRenderer Html { get; } = new Html.HtmlReportRenderer();

    /// <summary>report.csv: one row per step, then an errors section.</summary>
    public static IReportRenderer Csv { get; } = new CsvReportRenderer();

    /// <summary>report.md: Markdown tables.</summary>
    public static IReportRenderer Markdown { get; } = new MarkdownReportRenderer();

    /// <summary>report.txt: plain-text tables for consoles and logs.</summary>
    public static IReportRenderer Text { get; } = new TextReportRenderer();

    /// <summary>All renderers, JSON first.</summary>
    public static IReadOnlyList<IReportRenderer> All { get; } = [Json, Html, Csv, Markdown, Text];
}
