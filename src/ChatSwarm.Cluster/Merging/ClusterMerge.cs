using ChatSwarm.Bots.Runtime;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Cluster.Merging;

/// <summary>
/// Combines the workers' cumulative results: counters add and histograms merge exactly (<see cref="ReportMerger"/>), so
/// every percentile and threshold is what one process running the whole plan would have measured. Peak concurrency
/// comes from the merged timeline (the most sessions active at one moment across workers), never from the sum of the
/// workers' own peaks, which were reached at different moments.
/// </summary>
internal static class ClusterMerge
{
    /// <summary>How many recent timeline seconds the live request rate averages over (as in one process).</summary>
    private const int RecentSeconds = 5;

    /// <summary>
    /// The run's report: every worker's results merged (the finished workers' abandoned sessions included), lost workers'
    /// unfinished customers counted as lost (only: a lost worker's last report abandoned nothing), the workers table.
    /// </summary>
    /// <param name="slots">Every worker, in plan order.</param>
    /// <param name="info">The run's identity (shared run id, start, duration).</param>
    /// <param name="withTimeline">False for the live view, which does not need the merged timeline.</param>
    /// <returns>The merged report (thresholds not yet evaluated).</returns>
    public static RunReport Merge(IReadOnlyList<WorkerSlot> slots, RunInfo info, bool withTimeline)
    {
        var reports = slots
            .Where(s => s.Report is not null)
            .Select(s => s.Report! with { Timeline = withTimeline ? TimelineCoalescer.Coalesce(s.Timeline) : [], Run = s.Report!.Run with { Profile = info.Profile } })
            .ToList();
        var merged = reports.Count == 0 ? new RunReport { Run = info } : ReportMerger.Merge(reports);
        long peak = merged.Timeline.Count > 0 ? merged.Timeline.Max(p => p.ActiveSessions) : reports.Select(r => r.Sessions.PeakConcurrent).DefaultIfEmpty().Max();
        long lost = slots.Where(s => s.State == WorkerState.Lost).Sum(s => s.LostCustomers);
        return merged with
        {
            Run = info with { Shards = Math.Max(1, slots.Count) },
            Sessions = merged.Sessions with { PeakConcurrent = peak, Lost = merged.Sessions.Lost + lost },
            Thresholds = [],
            Workers = [.. slots.OrderBy(s => s.Index).Select(s => s.ToStats())],
        };
    }

    /// <summary>
    /// A worker's sessions its report has not accounted for: started and neither ended (completed, ended by the run, lost,
    /// failed) nor abandoned. When the worker is lost these count as lost sessions, and only as those.
    /// </summary>
    /// <param name="sessions">The worker's latest session counters.</param>
    /// <returns>The unfinished sessions, never negative.</returns>
    public static long Unfinished(SessionStats sessions) =>
        Math.Max(0, sessions.Started - sessions.Completed - sessions.EndedByRun - sessions.Lost - sessions.Failed - sessions.Abandoned);

    /// <summary>The merged results as the live console and threshold checks read them.</summary>
    /// <param name="merged">The merged report (see <see cref="Merge"/>).</param>
    /// <param name="slots">Every worker (for recent rates and latencies).</param>
    /// <param name="elapsed">Time since the shared start.</param>
    /// <param name="peak">Most sessions active at once so far, across workers.</param>
    /// <returns>The snapshot.</returns>
    public static MetricsSnapshot Snapshot(RunReport merged, IReadOnlyList<WorkerSlot> slots, TimeSpan elapsed, long peak)
    {
        var s = merged.Sessions;
        long requests = merged.Steps.Sum(x => x.Ok + x.Fail);
        long failed = merged.Steps.Sum(x => x.Fail);
        long live = slots.Where(x => x.State != WorkerState.Lost && x.State != WorkerState.Finished).Sum(x => x.LastTick?.Live ?? 0);
        var steps = new List<StepSnapshot>();
        foreach (var step in merged.Steps)
        {
            if (StepNames.TryParseMethod(step.Name, out var method))
            {
                steps.Add(new StepSnapshot(step.Name, method, step.Ok, step.Fail, step.BytesIn, step.BytesOut, HistogramSnapshot.FromData(step.Histogram)));
            }
        }

        steps.Sort(static (a, b) => a.Method.CompareTo(b.Method));
        var recent = slots.Select(x => x.Timeline.TakeLast(RecentSeconds).ToList()).ToList();
        double recentSeconds = recent.Select(r => r.Count).DefaultIfEmpty().Max();
        double seconds = elapsed.TotalSeconds;
        var lastSecond = HistogramSnapshot.Merge(slots.Where(x => x.Timeline.Count > 0).Select(x => HistogramSnapshot.FromData(x.Timeline[^1].Histogram)));
        var bots = merged.Bots.Select(b => new BotScriptSnapshot(b.Script, BotCounts(b))).ToList();
        return new MetricsSnapshot
        {
            Elapsed = elapsed,
            ActiveSessions = live,
            PeakSessions = Math.Max(peak, live),
            Sessions = new SessionCounts(s.Started, s.Queued, s.Connected, s.Completed, s.Failed, s.Restarts, s.Completed + s.Failed + s.EndedByRun + s.Lost, 0, TimeSpan.FromSeconds(s.BackoffS), s.EndedByRun, s.Lost),
            TotalRequests = requests,
            FailedRequests = failed,
            RequestsPerSecond = recentSeconds > 0 ? recent.Sum(r => r.Sum(p => p.Requests)) / recentSeconds : seconds > 0 ? requests / seconds : 0,
            OverallRequestsPerSecond = seconds > 0 ? requests / seconds : 0,
            RecentP95Ms = lastSecond.Count == 0 ? 0 : Math.Round(lastSecond.PercentileMicroseconds(95) / 1000.0, 3),
            ErrorsByCode = merged.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Sum(e => e.Count)),
            Errors = [.. merged.Errors.Select(e => new ErrorCount(e.Step, e.Code, e.Name, e.Message, e.Count))],
            Steps = steps,
            QueueWait = HistogramSnapshot.FromData(merged.Chat.Histograms.QueueWait),
            FirstAgentMessage = HistogramSnapshot.FromData(merged.Chat.Histograms.FirstAgentMessage),
            ReplyRtt = HistogramSnapshot.FromData(merged.Chat.Histograms.ReplyRtt),
            Polls = merged.Polls.Count,
            ConcurrentPollErrors = merged.Polls.ConcurrentPollErrors,
            Bots = bots,
            BotChecks = merged.Bots
                .Where(b => b.ExpectationsMet + b.ExpectationsFailed > 0)
                .ToDictionary(b => b.Script, b => new BotCheckCounts(b.ExpectationsMet, b.ExpectationsFailed), StringComparer.Ordinal),
        };
    }

    private static long[] BotCounts(BotStats b)
    {
        var counts = new long[Enum.GetValues<BotCounter>().Max(c => (int)c) + 1];
        counts[(int)BotCounter.ConversationStarted] = b.Conversations;
        counts[(int)BotCounter.ConversationCompleted] = b.Completed;
        counts[(int)BotCounter.FormAnswered] = b.FormsAnswered;
        counts[(int)BotCounter.SecureFormAnswered] = b.SecureForms;
        counts[(int)BotCounter.FileSent] = b.FilesSent;
        counts[(int)BotCounter.FileReceived] = b.FilesReceived;
        counts[(int)BotCounter.ExpectationMet] = b.ExpectationsMet;
        counts[(int)BotCounter.ExpectationFailed] = b.ExpectationsFailed;
        return counts;
    }
}
