using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>
/// A consistent-enough copy of <see cref="SwarmMetrics"/> for the live console and threshold checks. Counters are read one by
/// one while customers keep recording, so totals may differ by the few calls that completed during the copy.
/// </summary>
public sealed record MetricsSnapshot
{
    /// <summary>Time since the run started; default zero.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Sessions active now (started minus stopped); default 0.</summary>
    public long ActiveSessions { get; init; }

    /// <summary>Most sessions active at once so far; default 0.</summary>
    public long PeakSessions { get; init; }

    /// <summary>Session lifecycle totals; default all zero.</summary>
    public SessionCounts Sessions { get; init; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>API calls completed, ok and failed; default 0.</summary>
    public long TotalRequests { get; init; }

    /// <summary>API calls that failed; default 0.</summary>
    public long FailedRequests { get; init; }

    /// <summary>Failed calls as a share of all calls, 0..1 (0 before the first call); default 0.</summary>
    public double ErrorRate => TotalRequests == 0 ? 0 : (double)FailedRequests / TotalRequests;

    /// <summary>API calls per second over the last few timeline seconds (the whole run before the first tick); default 0.</summary>
    public double RequestsPerSecond { get; init; }

    /// <summary>API calls per second over the whole run so far; default 0.</summary>
    public double OverallRequestsPerSecond { get; init; }

    /// <summary>95th percentile latency of non-poll calls in the last timeline second, in milliseconds; default 0.</summary>
    public double RecentP95Ms { get; init; }

    /// <summary>Failed calls per error code over the run; default empty.</summary>
    public IReadOnlyDictionary<int, long> ErrorsByCode { get; init; } = new Dictionary<int, long>();

    /// <summary>Failed calls per step and code, most frequent first; default empty.</summary>
    public IReadOnlyList<ErrorCount> Errors { get; init; } = [];

    /// <summary>Sessions that failed, per error code (0 when the failure had no code); default empty.</summary>
    public IReadOnlyDictionary<int, long> SessionFailuresByCode { get; init; } = new Dictionary<int, long>();

    /// <summary>Per API method totals, for every method called at least once, in method order; default empty.</summary>
    public IReadOnlyList<StepSnapshot> Steps { get; init; } = [];

    /// <summary>Queue wait (queued → connected); default empty.</summary>
    public HistogramSnapshot QueueWait { get; init; } = HistogramSnapshot.Empty;

    /// <summary>Time from Request Chat to the first agent message; default empty.</summary>
    public HistogramSnapshot FirstAgentMessage { get; init; } = HistogramSnapshot.Empty;

    /// <summary>Customer message → next agent message; default empty.</summary>
    public HistogramSnapshot ReplyRtt { get; init; } = HistogramSnapshot.Empty;

    /// <summary>How long the server held long polls open; default empty.</summary>
    public HistogramSnapshot PollHold { get; init; } = HistogramSnapshot.Empty;

    /// <summary>Long polls (Get New Chat Events) completed; default 0.</summary>
    public long Polls { get; init; }

    /// <summary>Calls rejected with 5509 (two polls for one session); default 0.</summary>
    public long ConcurrentPollErrors { get; init; }

    /// <summary>Bot counters per script, in script name order; default empty.</summary>
    public IReadOnlyList<BotScriptSnapshot> Bots { get; init; } = [];

    /// <summary>Bot expectations passed and failed per script name (scripts without any check are absent).</summary>
    public IReadOnlyDictionary<string, BotCheckCounts> BotChecks { get; init; } = new Dictionary<string, BotCheckCounts>();

    /// <summary>Bot checks of <paramref name="script"/>, or of every script when null.</summary>
    /// <param name="script">A script name, or null for all.</param>
    /// <returns>The counts (zero when the script has none).</returns>
    public BotCheckCounts BotChecksOf(string? script)
    {
        if (script is not null)
        {
            return BotChecks.TryGetValue(script, out var counts) ? counts : BotCheckCounts.None;
        }

        long passed = 0, failed = 0;
        foreach (var counts in BotChecks.Values)
        {
            passed += counts.Passed;
            failed += counts.Failed;
        }

        return new BotCheckCounts(passed, failed);
    }

    /// <summary>The last timeline points (up to ten, normally the last ten seconds), oldest first; default empty.</summary>
    public IReadOnlyList<TimelinePoint> Recent { get; init; } = [];

    /// <summary>
    /// The latency of a step (API method name) or chat measure (queue_wait, first_agent_message, reply_rtt, poll_hold) over the
    /// <see cref="Recent"/> points, merged exactly from their interval histograms.
    /// </summary>
    /// <param name="name">The step or measure name.</param>
    /// <returns>The histogram (empty when nothing was recorded in the window).</returns>
    public HistogramSnapshot RecentLatency(string name)
    {
        var parts = new List<HistogramData?>(Recent.Count);
        foreach (var point in Recent)
        {
            if ((point.Steps is not null && point.Steps.TryGetValue(name, out var interval)) || (point.Chat is not null && point.Chat.TryGetValue(name, out interval)))
            {
                parts.Add(interval.Histogram);
            }
        }

        return HistogramSnapshot.MergeData(parts);
    }

    /// <summary>Failed calls with <paramref name="code"/> over the run.</summary>
    /// <param name="code">The error code.</param>
    /// <returns>The count, 0 when never seen.</returns>
    public long ErrorsWithCode(int code) => ErrorsByCode.TryGetValue(code, out var n) ? n : 0;

    /// <summary>The latency histogram of a step: an API method name or queue_wait, first_agent_message, reply_rtt, poll_hold.</summary>
    /// <param name="step">The step name.</param>
    /// <returns>The histogram (empty when the step has no data), or null for an unknown step name.</returns>
    public HistogramSnapshot? Latency(string step)
    {
        switch (step)
        {
            case StepNames.QueueWait: return QueueWait;
            case StepNames.FirstAgentMessage: return FirstAgentMessage;
            case StepNames.ReplyRtt: return ReplyRtt;
            case StepNames.PollHold: return PollHold;
        }

        if (!StepNames.TryParseMethod(step, out var method))
        {
            return null;
        }

        foreach (var s in Steps)
        {
            if (s.Method == method)
            {
                return s.Latency;
            }
        }

        return HistogramSnapshot.Empty;
    }
}
