using System.Globalization;
using System.Text;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Transcripts;

/// <summary>Writing the kept transcripts into the run folder.</summary>
public sealed partial class TranscriptKeeper
{
    /// <summary>The run folder's subfolder for transcripts.</summary>
    public const string FolderName = "transcripts";

    /// <summary>
    /// Writes every kept transcript as JSON into <c>RUN/transcripts/</c> (failed-01-SCRIPT.json …,
    /// slowest-01-SCRIPT.json …) and returns the report's links to them, failed first.
    /// </summary>
    /// <param name="runDirectory">The run folder (where report.json goes).</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>One link per file written, relative to <paramref name="runDirectory"/>.</returns>
    public async Task<IReadOnlyList<TranscriptLink>> WriteAsync(string runDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runDirectory);
        var (failed, slowest) = Snapshot();
        var links = new List<TranscriptLink>(failed.Count + slowest.Count);
        foreach (var (kind, list) in new[] { ("failed", failed), ("slowest", slowest) })
        {
            for (int i = 0; i < list.Count; i++)
            {
                var t = list[i];
                string file = string.Create(CultureInfo.InvariantCulture, $"{kind}-{i + 1:00}-{SafeName(t.Script)}.json");
                await TranscriptJson.WriteAsync(Path.Combine(runDirectory, FolderName, file), t, cancellationToken).ConfigureAwait(false);
                links.Add(new TranscriptLink
                {
                    Kind = kind,
                    File = FolderName + "/" + file,
                    Script = t.Script,
                    ChatId = t.ChatId ?? "",
                    DurationMs = t.DurationMs,
                    Succeeded = t.Succeeded,
                    Reason = t.Errors.Count > 0 ? t.Errors[0] : t.Reason ?? "",
                });
            }
        }

        return links;
    }

    private static string SafeName(string script)
    {
        var sb = new StringBuilder(Math.Min(script.Length, 40));
        foreach (char c in script.Take(40))
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return sb.Length == 0 ? "script" : sb.ToString();
    }
}
