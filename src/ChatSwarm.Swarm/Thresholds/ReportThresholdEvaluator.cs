using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>
/// Checks a threshold expression against a finished report (a merged one, typically) with the same
/// <see cref="ThresholdEvaluator"/> a run uses live, fed with the report's counters and exact histograms.
/// </summary>
internal sealed class ReportThresholdEvaluator : IReportThresholdEvaluator
{
    public static ReportThresholdEvaluator Instance { get; } = new();

    private ReportThresholdEvaluator()
    {
    }

    public Reports.Model.ThresholdResult? Evaluate(string expression, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!Threshold.TryParse(expression, out var threshold, out _))
        {
            return null;
        }

        // report.json keeps poll hold only as a mean over polls, not as a histogram: no percentile or max can be recomputed.
        if (string.Equals(threshold!.Step, StepNames.PollHold, StringComparison.Ordinal))
        {
            return null;
        }

        return ThresholdEvaluator.Evaluate(threshold, Snapshot(report)).ToReport();
    }

    /// <summary>The report's totals as the metrics snapshot thresholds are measured on.</summary>
    internal static MetricsSnapshot Snapshot(RunReport report)
    {
        var steps = new List<StepSnapshot>(report.Steps.Count);
        foreach (var s in report.Steps)
        {
            if (StepNames.TryParseMethod(s.Name, out var method))
            {
                steps.Add(new StepSnapshot(s.Name, method, s.Ok, s.Fail, s.BytesIn, s.BytesOut, HistogramSnapshot.FromData(s.Histogram)));
            }
        }

        long requests = report.Steps.Sum(s => s.Ok + s.Fail);
        var sessions = report.Sessions;
        var checks = new Dictionary<string, BotCheckCounts>(StringComparer.Ordinal);
        foreach (var bot in report.Bots)
        {
            if (bot.ExpectationsMet + bot.ExpectationsFailed > 0)
            {
                checks[bot.Script] = new BotCheckCounts(bot.ExpectationsMet, bot.ExpectationsFailed);
            }
        }

        return new MetricsSnapshot
        {
            Elapsed = TimeSpan.FromSeconds(Math.Max(0, report.Run.DurationS)),
            PeakSessions = sessions.PeakConcurrent,
            Sessions = new SessionCounts(
                sessions.Started, sessions.Queued, sessions.Connected, sessions.Completed, sessions.Failed, sessions.Restarts,
                Stopped: sessions.Completed + sessions.Failed + sessions.EndedByRun + sessions.Lost,
                EndedByRun: sessions.EndedByRun, Lost: sessions.Lost),
            TotalRequests = requests,
            FailedRequests = report.Steps.Sum(s => s.Fail),
            OverallRequestsPerSecond = report.Run.DurationS > 0 ? requests / report.Run.DurationS : 0,
            ErrorsByCode = report.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Sum(e => e.Count)),
            Steps = steps,
            QueueWait = HistogramSnapshot.FromData(report.Chat.Histograms.QueueWait),
            FirstAgentMessage = HistogramSnapshot.FromData(report.Chat.Histograms.FirstAgentMessage),
            ReplyRtt = HistogramSnapshot.FromData(report.Chat.Histograms.ReplyRtt),
            Polls = report.Polls.Count,
            ConcurrentPollErrors = report.Polls.ConcurrentPollErrors,
            BotChecks = checks,
        };
    }
}
