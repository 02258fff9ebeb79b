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
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var report = await ReportReader.ReadAsync(input, cancellationToken).ConfigureAwait(false);

            // Every run (and so every shard) has its own random run id: the same id twice is one shard copied.
            if (report.Run.Id.Length > 0 && !ids.TryAdd(report.Run.Id, input))
            {
                throw new ReportFormatException($"{input}: run id '{report.Run.Id}' was already merged from {ids[report.Run.Id]}; the same shard cannot be counted twice");
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
