using System.Globalization;
using System.Text;
using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Bots.Transcripts;

/// <summary>
/// Formats transcript lines for <c>chatswarm bot</c>: time since start, who, what, e.g.
/// <c>+00:03.120  customer  form     answers form 'contact': name=Ann Lee</c>. Receipts, typing, hooks and unknown
/// events are shown only when verbose.
/// </summary>
public sealed class TranscriptFormatter
{
    private static readonly HashSet<string> VerboseKinds = new(StringComparer.Ordinal) { "receipt", "typing", "hook", "unknown" };
    private readonly DateTimeOffset _start;
    private readonly bool _verbose;

    /// <summary>Whether lines of <paramref name="kind"/> (receipts, typing, widget hooks) are shown only in verbose mode.</summary>
    /// <param name="kind">A transcript entry's kind.</param>
    /// <returns>True for verbose-only kinds.</returns>
    public static bool IsVerboseOnly(string kind) => VerboseKinds.Contains(kind);

    /// <summary>Creates a formatter whose times are relative to <paramref name="start"/>.</summary>
    /// <param name="start">The run's start time.</param>
    /// <param name="verbose">Show every line, including receipts, typing and hooks.</param>
    public TranscriptFormatter(DateTimeOffset start, bool verbose)
    {
        _start = start;
        _verbose = verbose;
    }

    /// <summary>Exit code of <c>chatswarm bot</c> when every expectation held.</summary>
    public const int ExitSuccess = 0;

    /// <summary>Exit code when an expectation failed or the conversation did not complete.</summary>
    public const int ExitFailed = 1;

    /// <summary>Exit code for bad input (invalid script or options).</summary>
    public const int ExitBadInput = 2;

    /// <summary>Formats one line, or returns null when the line is hidden at this verbosity.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The line, or null.</returns>
    public string? Format(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_verbose && VerboseKinds.Contains(entry.Kind))
        {
            return null;
        }

        var elapsed = entry.At - _start;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        var marker = entry.Kind switch
        {
            "expect_failed" or "error" => "FAIL ",
            "expect" or "capture" => "ok   ",
            _ => string.Empty,
        };
        var time = string.Create(CultureInfo.InvariantCulture, $"+{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}.{elapsed.Milliseconds:000}");
        return $"{time}  {Pad(entry.Who, 12)}  {Pad(entry.Kind, 15)}  {marker}{entry.Text.ReplaceLineEndings(" ")}";
    }

    /// <summary>The closing summary: outcome, counters and every failure, one per line.</summary>
    /// <param name="result">The run result.</param>
    /// <returns>The summary text.</returns>
    public static string Summarize(ConversationRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var verdict = result.Succeeded ? "PASSED" : "FAILED";
        sb.Append(CultureInfo.InvariantCulture, $"{verdict}: {result.ScriptName}");
        sb.Append(result.Outcome is { } o ? $" ({(o.Completed ? "completed" : "not completed")}: {o.Reason})" : " (no conversation)");
        sb.AppendLine(CultureInfo.InvariantCulture, $" in {result.Elapsed.TotalSeconds:0.0}s, chat {result.ChatId ?? "-"}");
        var counters = result.Counters.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}");
        sb.AppendLine("  counters: " + string.Join(", ", counters));
        foreach (var error in result.Errors)
        {
            sb.AppendLine("  failure: " + error);
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>The exit code for a finished run: 0 when it succeeded, 1 otherwise.</summary>
    /// <param name="result">The run result.</param>
    /// <returns>The exit code.</returns>
    public static int ExitCodeOf(ConversationRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? ExitSuccess : ExitFailed;
    }

    private static string Pad(string text, int width) => text.Length >= width ? text : text.PadRight(width);
}
