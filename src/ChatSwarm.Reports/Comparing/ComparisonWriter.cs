using System.Text;
using ChatSwarm.Reports.Serialization;

namespace ChatSwarm.Reports.Comparing;

/// <summary>Reads two reports, compares them and writes compare.html and compare.md beside the new one.</summary>
public static class ComparisonWriter
{
    /// <summary>File name of the HTML comparison.</summary>
    public const string HtmlFileName = "compare.html";

    /// <summary>File name of the Markdown comparison.</summary>
    public const string MarkdownFileName = "compare.md";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares the report at <paramref name="newPath"/> against the one at <paramref name="basePath"/>.</summary>
    /// <param name="basePath">Base run folder or its report.json.</param>
    /// <param name="newPath">New run folder or its report.json; the comparison files go beside it.</param>
    /// <param name="options">Limit and noise floors; null for defaults.</param>
    /// <param name="cancellationToken">Cancels reading and writing.</param>
    /// <returns>The comparison and the written files.</returns>
    /// <exception cref="ReportFormatException">A report is missing or invalid.</exception>
    public static async Task<ComparisonFiles> CompareAsync(string basePath, string newPath, ComparisonOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        ArgumentException.ThrowIfNullOrEmpty(newPath);
        var baseReport = await ReportReader.ReadAsync(basePath, cancellationToken).ConfigureAwait(false);
        var newReport = await ReportReader.ReadAsync(newPath, cancellationToken).ConfigureAwait(false);
        var comparison = ReportComparer.Compare(baseReport, newReport, options);

        string directory = Directory.Exists(newPath) ? newPath : Path.GetDirectoryName(Path.GetFullPath(newPath))!;
        string html = Path.GetFullPath(Path.Combine(directory, HtmlFileName));
        string markdown = Path.GetFullPath(Path.Combine(directory, MarkdownFileName));
        await WriteAtomicAsync(html, ComparisonRenderer.Html(comparison), cancellationToken).ConfigureAwait(false);
        await WriteAtomicAsync(markdown, ComparisonRenderer.Markdown(comparison), cancellationToken).ConfigureAwait(false);
        return new ComparisonFiles(comparison, html, markdown, ComparisonRenderer.Text(comparison));
    }

    private static async Task WriteAtomicAsync(string path, string content, CancellationToken cancellationToken)
    {
        string temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, content, Utf8NoBom, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }
}
