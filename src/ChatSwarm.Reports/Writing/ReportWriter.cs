using System.Text;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;

namespace ChatSwarm.Reports.Writing;

/// <summary>Writes a run report in every format into a run folder.</summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes report.json, report.html, report.csv, report.md and report.txt into <paramref name="directory"/>
    /// (created if missing); the target URL is reduced with <see cref="RunInfo.SafeBaseUrl"/>. Each file is written to a temporary name first and then moved into place, so a
    /// reader never sees a half-written report, also when a partial run is rewritten.
    /// </summary>
    /// <exception cref="Configuration.Validation.OptionsValidationException">The options are invalid; the message lists every problem.</exception>
    public static async Task<ReportFiles> WriteAllAsync(RunReport report, string directory, ReportWriterOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= ReportWriterOptions.Default;
        options.Validate();

        // Reports get shared; whatever URL the caller passed, no credentials or query reach the disk.
        report = report with { Run = report.Run with { TargetBaseUrl = RunInfo.SafeBaseUrl(report.Run.TargetBaseUrl) } };
        Directory.CreateDirectory(directory);

        var paths = new List<string>(ReportRenderers.All.Count);
        foreach (var renderer in ReportRenderers.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = Path.Combine(directory, renderer.FileName);
            await WriteAtomicAsync(path, renderer.Render(report, options), cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }

        return new ReportFiles(
            Path.GetFullPath(directory),
            Path.GetFullPath(paths[0]),
            Path.GetFullPath(paths[1]),
            Path.GetFullPath(paths[2]),
            Path.GetFullPath(paths[3]),
            Path.GetFullPath(paths[4]));
    }

    /// <summary>
    /// Re-renders every format from an existing report.json (or a run folder containing one) into
    /// <paramref name="outDirectory"/>, or next to the JSON file when it is null.
    /// </summary>
    /// <exception cref="Serialization.ReportFormatException">The report file is missing or invalid.</exception>
    public static async Task<ReportFiles> RenderAsync(string reportPath, string? outDirectory, ReportWriterOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportPath);
        var report = await Serialization.ReportReader.ReadAsync(reportPath, cancellationToken).ConfigureAwait(false);
        string target = outDirectory ?? (Directory.Exists(reportPath) ? reportPath : Path.GetDirectoryName(Path.GetFullPath(reportPath))!);
        return await WriteAllAsync(report, target, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAtomicAsync(string path, string content, CancellationToken cancellationToken)
    {
        string temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, content, Utf8NoBom, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }
}
