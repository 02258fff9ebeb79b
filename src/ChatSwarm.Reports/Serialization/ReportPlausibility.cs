using System.Globalization;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Serialization;

/// <summary>
/// Rejects report data no run can produce, so a hand-edited or corrupted report.json is named instead of being
/// rendered as if it were measured: negative counts or durations, NaN, percentiles that decrease, a timeline whose
/// points go back in time.
/// </summary>
internal static class ReportPlausibility
{
    /// <summary>The first impossible value as "field: what is wrong", or null when the report is plausible.</summary>
    public static string? FindProblem(RunReport report)
    {
        var run = report.Run;
        var problem = NonNegative(run.DurationS, "run.duration_s")
            ?? (run.Shards < 1 ? $"run.shards: {run.Shards} is impossible; expected at least 1" : null)
            ?? Counts(report.Sessions)
            ?? NonNegative(report.Polls.Count, "polls.count")
            ?? NonNegative(report.Polls.ConcurrentPollErrors, "polls.concurrent_poll_errors")
            ?? NonNegative(report.Polls.MeanHoldMs, "polls.mean_hold_ms")
            ?? Latency(report.Chat.QueueWaitMs, "chat.queue_wait_ms")
            ?? Latency(report.Chat.FirstAgentMessageMs, "chat.first_agent_message_ms")
            ?? Latency(report.Chat.ReplyRttMs, "chat.reply_rtt_ms");
        if (problem is not null)
        {
            return problem;
        }

        for (var i = 0; i < report.Steps.Count; i++)
        {
            var step = report.Steps[i];
            var field = $"steps[{i}] ({step.Name})";
            problem = NonNegative(step.Ok, field + ".ok") ?? NonNegative(step.Fail, field + ".fail")
                ?? NonNegative(step.Rps, field + ".rps") ?? NonNegative(step.BytesIn, field + ".bytes_in")
                ?? NonNegative(step.BytesOut, field + ".bytes_out") ?? Latency(step.LatencyMs, field + ".latency_ms");
            if (problem is not null)
            {
                return problem;
            }
        }

        for (var i = 0; i < report.Errors.Count; i++)
        {
            if (NonNegative(report.Errors[i].Count, $"errors[{i}].count") is { } errorProblem)
            {
                return errorProblem;
            }
        }

        foreach (var (name, count) in report.Lifecycle)
        {
            if (NonNegative(count, $"lifecycle.{name}") is { } lifecycleProblem)
            {
                return lifecycleProblem;
            }
        }

        return Timeline(report.Timeline);
    }

    private static string? Counts(SessionStats s) =>
        NonNegative(s.Started, "sessions.started") ?? NonNegative(s.Queued, "sessions.queued")
        ?? NonNegative(s.Connected, "sessions.connected") ?? NonNegative(s.Completed, "sessions.completed")
        ?? NonNegative(s.Failed, "sessions.failed") ?? NonNegative(s.Restarts, "sessions.restarts")
        ?? NonNegative(s.EndedByRun, "sessions.ended_by_run") ?? NonNegative(s.Lost, "sessions.lost")
        ?? NonNegative(s.Abandoned, "sessions.abandoned")
        ?? NonNegative(s.PeakConcurrent, "sessions.peak_concurrent");

    private static string? Latency(LatencyStats l, string field)
    {
        var problem = NonNegative(l.Count, field + ".count") ?? NonNegative(l.Min, field + ".min") ?? NonNegative(l.Mean, field + ".mean")
            ?? NonNegative(l.Max, field + ".max") ?? NonNegative(l.StdDev, field + ".std_dev");
        if (problem is not null)
        {
            return problem;
        }

        (string Name, double Value)[] chain = [("p50", l.P50), ("p75", l.P75), ("p95", l.P95), ("p99", l.P99), ("p999", l.P999)];
        for (var i = 0; i < chain.Length; i++)
        {
            if (NonNegative(chain[i].Value, $"{field}.{chain[i].Name}") is { } negative)
            {
                return negative;
            }

            if (i > 0 && chain[i].Value < chain[i - 1].Value)
            {
                return Invariant($"{field}: {chain[i].Name} {chain[i].Value} is below {chain[i - 1].Name} {chain[i - 1].Value}; percentiles never decrease");
            }
        }

        return l.Count > 0 && l.Max < l.Min ? Invariant($"{field}: max {l.Max} is below min {l.Min}") : null;
    }

    private static string? Timeline(IReadOnlyList<TimelinePoint> timeline)
    {
        for (var i = 0; i < timeline.Count; i++)
        {
            var point = timeline[i];
            var field = $"timeline[{i}]";
            var problem = NonNegative(point.T, field + ".t") ?? NonNegative(point.ActiveSessions, field + ".active_sessions")
                ?? NonNegative(point.Requests, field + ".requests") ?? NonNegative(point.Rps, field + ".rps")
                ?? NonNegative(point.Errors, field + ".errors") ?? NonNegative(point.P50Ms, field + ".p50_ms")
                ?? NonNegative(point.P95Ms, field + ".p95_ms") ?? NonNegative(point.P99Ms, field + ".p99_ms");
            if (problem is not null)
            {
                return problem;
            }

            if (i > 0 && point.T <= timeline[i - 1].T)
            {
                return Invariant($"{field}.t: {point.T} s does not come after the previous point's {timeline[i - 1].T} s; the timeline must go forward in time");
            }

            if (point.P95Ms < point.P50Ms || point.P99Ms < point.P95Ms)
            {
                return Invariant($"{field}: p50 {point.P50Ms}, p95 {point.P95Ms}, p99 {point.P99Ms} ms decrease; percentiles never decrease");
            }

            problem = NonNegative(point.PlannedSessions ?? 0, field + ".planned_sessions") ?? NonNegative(point.PlannedArrivalRate ?? 0, field + ".planned_arrival_rate")
                ?? Intervals(point.Steps, field + ".steps") ?? Intervals(point.Chat, field + ".chat");
            if (problem is not null)
            {
                return problem;
            }

            foreach (var (code, count) in point.ErrorsByCode)
            {
                if (NonNegative(count, Invariant($"{field}.errors_by_code.{code}")) is { } negative)
                {
                    return negative;
                }
            }
        }

        return null;
    }

    private static string? Intervals(IReadOnlyDictionary<string, IntervalLatency>? intervals, string field)
    {
        foreach (var (name, l) in intervals ?? new Dictionary<string, IntervalLatency>())
        {
            var at = field + "." + name;
            var problem = NonNegative(l.Count, at + ".count") ?? NonNegative(l.P50Ms, at + ".p50_ms") ?? NonNegative(l.P95Ms, at + ".p95_ms") ?? NonNegative(l.P99Ms, at + ".p99_ms");
            if (problem is not null)
            {
                return problem;
            }

            if (l.P95Ms < l.P50Ms || l.P99Ms < l.P95Ms)
            {
                return Invariant($"{at}: p50 {l.P50Ms}, p95 {l.P95Ms}, p99 {l.P99Ms} ms decrease; percentiles never decrease");
            }
        }

        return null;
    }

    private static string? NonNegative(double value, string field) =>
        double.IsNaN(value) || double.IsInfinity(value) ? $"{field}: {value.ToString(CultureInfo.InvariantCulture)} is not a number; expected a finite value"
        : value < 0 ? Invariant($"{field}: {value} is negative; expected 0 or more")
        : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
