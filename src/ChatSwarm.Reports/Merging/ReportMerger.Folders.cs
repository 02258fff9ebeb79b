using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Merging;

/// <summary>Merging shard folders on disk (what <c>chatswarm report merge</c> does).</summary>
public static partial class ReportMerger
{
    /// <summary>
    /// Reads report.json from each shard folder (or file), merges them and writes every format into
    /// <paramref name="outDirectory"/>, which must not be one of the inputs (that would overwrite a shard).
    /// </summary>
    /// <exception cref="ReportFormatException">An input is missing or invalid, the shards do not belong together, or the output is an input.</exception>
    public static Task<ReportFiles> MergeFoldersAsync(IReadOnlyList<string> inputs, string outDirectory, ReportWriterOptions? options, CancellationToken cancellationToken) =>
        MergeFoldersAsync(inputs, outDirectory, options, null, cancellationToken);

    /// <summary>
    /// Reads report.json from each shard folder (or file), merges them, checks the thresholds again on the merged report
    /// with <paramref name="thresholds"/> and writes every format into <paramref name="outDirectory"/>, which must not be
    /// one of the inputs. The worker table names each shard by its folder.
    /// </summary>
    /// <param name="inputs">Shard folders or their report.json files.</param>
    /// <param name="outDirectory">The folder to write into.</param>
    /// <param name="options">Writer options; null for the defaults.</param>
    /// <param name="thresholds">Checks threshold expressions on the merged report; null keeps the shards' verdicts.</param>
    /// <param name="cancellationToken">Cancels reading and writing.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ReportFormatException">An input is missing or invalid, the shards do not belong together, or the output is an input.</exception>
    public static async Task<ReportFiles> MergeFoldersAsync(IReadOnlyList<string> inputs, string outDirectory, ReportWriterOptions? options, IReportThresholdEvaluator? thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentException.ThrowIfNullOrEmpty(outDirectory);
        if (inputs.Count == 0)
        {
            throw new ReportFormatException("no shard folders given; expected one or more folders containing report.json");
        }

        string outFull = Path.GetFullPath(outDirectory).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var input in inputs)
        {
            string folder = Path.GetFullPath(File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : input).TrimEnd(Path.DirectorySeparatorChar);
            if (string.Equals(folder, outFull, StringComparison.Ordinal))
            {
                throw new ReportFormatException($"the output folder {outDirectory} is also a shard folder; choose a new folder so no shard report is overwritten");
            }
        }

        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var full = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            string folder = Path.GetFullPath(File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : input).TrimEnd(Path.DirectorySeparatorChar);
            if (!folders.TryAdd(folder, input))
            {
                throw new ReportFormatException($"{input}: the same shard folder is given twice ({folders[folder]} and {input}); each shard may be merged once");
            }

            full.Add(folder);
        }

        // A shard is named by its folder; two in same-named folders (host1/run, host2/run) are told apart by their full paths.
        var shortNames = full.Select(Path.GetFileName).ToList();
        var names = full.Select((f, i) => shortNames.Count(n => string.Equals(n, shortNames[i], StringComparison.Ordinal)) > 1 ? f : shortNames[i]!).ToList();

        var reports = new List<Model.RunReport>(inputs.Count);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var report = await ReportReader.ReadAsync(input, cancellationToken).ConfigureAwait(false);

            // Shards of one run may share its run id, but two shards never measure exactly the same thing: the same run
            // info and counts twice is one shard copied to a second folder.
            if (!seen.TryAdd(ReportJson.Serialize(report), input))
            {
                throw new ReportFormatException($"{input}: run id '{report.Run.Id}' is the same shard as {seen[ReportJson.Serialize(report)]} (identical report); the same shard cannot be counted twice");
            }

            reports.Add(report);
        }

        Model.RunReport merged;
        try
        {
            merged = Merge(reports, names, thresholds);
        }
        catch (ArgumentException ex)
        {
            throw new ReportFormatException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }

        return await ReportWriter.WriteAllAsync(merged, outDirectory, options, cancellationToken).ConfigureAwait(false);
    }
}
