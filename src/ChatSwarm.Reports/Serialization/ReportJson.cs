using System.Text.Json;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Serialization;

/// <summary>Converts a <see cref="RunReport"/> to and from report.json text.</summary>
public static class ReportJson
{
    /// <summary>Serializes a report as indented snake_case JSON.</summary>
    public static string Serialize(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, ReportJsonContext.Default.RunReport);
    }

    /// <summary>Serializes a report as UTF-8 JSON into a stream.</summary>
    public static Task SerializeAsync(Stream stream, RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeAsync(stream, report, ReportJsonContext.Default.RunReport, cancellationToken);
    }

    /// <summary>Parses report.json text, checking the schema version and every histogram.</summary>
    /// <param name="json">The file content.</param>
    /// <param name="source">File name used in error messages.</param>
    /// <exception cref="ReportFormatException">The text is not a valid report of the current schema version.</exception>
    public static RunReport Parse(string json, string source = "report.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ReportFormatException($"{source}: not valid JSON at line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {Reason(ex.Message)}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ReportFormatException($"{source}: expected a JSON object with a run report, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            if (!root.TryGetProperty("schema_version", out var versionElement) || !versionElement.TryGetInt32(out int version))
            {
                throw new ReportFormatException($"{source}: field 'schema_version' is missing or not an integer; expected {RunReport.CurrentSchemaVersion}");
            }

            if (version != RunReport.CurrentSchemaVersion)
            {
                throw new ReportFormatException($"{source}: schema_version {version} is not supported; this chatswarm reads version {RunReport.CurrentSchemaVersion}");
            }

            RunReport? report;
            try
            {
                report = root.Deserialize(ReportJsonContext.Default.RunReport);
            }
            catch (JsonException ex)
            {
                string where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" at '{ex.Path}'";
                throw new ReportFormatException($"{source}: invalid report{where}: {Reason(ex.Message)}", ex);
            }

            if (report is null)
            {
                throw new ReportFormatException($"{source}: the file holds null instead of a run report");
            }

            report = ReportNormalizer.Normalize(report, source);
            Validate(report, source);
            if (ReportPlausibility.FindProblem(report) is { } problem)
            {
                throw new ReportFormatException($"{source}: {problem}");
            }

            return report;
        }
    }

    private static void Validate(RunReport report, string source)
    {
        for (int i = 0; i < report.Steps.Count; i++)
        {
            Check(report.Steps[i].Histogram, $"steps[{i}].histogram", source);
        }

        Check(report.Chat.Histograms.QueueWait, "chat.histograms.queue_wait", source);
        Check(report.Chat.Histograms.FirstAgentMessage, "chat.histograms.first_agent_message", source);
        Check(report.Chat.Histograms.ReplyRtt, "chat.histograms.reply_rtt", source);
        for (int i = 0; i < report.Timeline.Count; i++)
        {
            var point = report.Timeline[i];
            if (point.Histogram is { } h)
            {
                Check(h, $"timeline[{i}].histogram", source);
            }

            foreach (var (group, intervals) in new[] { ("steps", point.Steps), ("chat", point.Chat) })
            {
                foreach (var (name, interval) in intervals ?? new Dictionary<string, IntervalLatency>())
                {
                    if (interval.Histogram is { } ih)
                    {
                        Check(ih, $"timeline[{i}].{group}.{name}.histogram", source);
                    }
                }
            }
        }
    }

    private static void Check(HistogramData? data, string field, string source)
    {
        try
        {
            HistogramSnapshot.FromData(data);
        }
        catch (FormatException ex)
        {
            throw new ReportFormatException($"{source}: {field}: {ex.Message}", ex);
        }
    }

    // System.Text.Json appends position and path to its messages; they are reported separately.
    private static string Reason(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        string line = newline < 0 ? message : message[..newline];
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            int at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                line = line[..at];
            }
        }

        return line.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "the value has the wrong type for this field"
            : line.TrimEnd();
    }
}
