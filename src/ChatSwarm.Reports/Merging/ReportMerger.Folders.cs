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
    public static async Task<ReportFiles> MergeFoldersAsync(IReadOnlyList<string> inputs, string outDirectory, ReportWriterOptions? options, CancellationToken cancellationToken)
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
                throw new ReportFormatException($"--out {outDirectory} is also a shard folder; choose a new folder so no shard report is overwritten");
            }
        }

        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            string folder = Path.GetFullPath(File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : input).TrimEnd(Path.DirectorySeparatorChar);
            if (!folders.TryAdd(folder, input))
            {
                throw new ReportFormatException($"{input}: the same shard folder is given twice ({folders[folder]} and {input}); each shard may be merged once");
            }
        }

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
            merged = Merge(reports);
        }
        catch (ArgumentException ex)
        {
            throw new ReportFormatException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }

        return await ReportWriter.WriteAllAsync(merged, outDirectory, options, cancellationToken).ConfigureAwait(false);
    }
}
