using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Serialization;

/// <summary>Reads report.json files.</summary>
public static class ReportReader
{
    /// <summary>The file name every run folder uses for its JSON report.</summary>
    public const string JsonFileName = "report.json";

    /// <summary>Reads a report from a report.json path, or from a run folder containing report.json.</summary>
    /// <exception cref="ReportFormatException">The file is missing, unreadable, malformed or of another schema version.</exception>
    public static async Task<RunReport> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string file = Directory.Exists(path) ? Path.Combine(path, JsonFileName) : path;
        if (!File.Exists(file))
        {
            throw new ReportFormatException(Directory.Exists(path)
                ? $"{path}: folder has no {JsonFileName}"
                : $"{path}: file not found; expected a {JsonFileName} or a run folder containing one");
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportFormatException($"{file}: cannot be read: {ex.Message}", ex);
        }

        return ReportJson.Parse(json, file);
    }
}
