using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Merging;

/// <summary>
/// Merges the shard reports of one run into one report: counters add, histograms merge exactly (so
/// every latency percentile is the one the whole run would have measured), timelines align on wall-clock
/// time. Values that cannot be recombined exactly are documented on <see cref="Merge(IReadOnlyList{RunReport}, IReportThresholdEvaluator?)"/>.
/// </summary>
public static partial class ReportMerger
{
    /// <summary>Merges shard reports of the same run, keeping each shard's verdict on its thresholds (see <see cref="Merge(IReadOnlyList{RunReport}, IReportThresholdEvaluator?)"/>).</summary>
    /// <exception cref="ArgumentException">The list is empty, or the reports have different load profiles or schema versions.</exception>
    public static RunReport Merge(IReadOnlyList<RunReport> reports) => Merge(reports, null);

    /// <summary>Merges shard reports of the same run.</summary>
    /// <remarks>
    /// Peak concurrency is the largest number of sessions active at once on the merged timeline (shards sampled in the
    /// same interval add up), or the largest single shard peak when that is higher (a shard's own peak can fall between
    /// two samples). Timeline percentiles are exact when every shard's timeline points carry histograms; otherwise they
    /// are the request-weighted mean of the shard values. The merged run id is the shards' distinct ids joined with '+'.
    /// Thresholds are checked again on the merged report by <paramref name="thresholds"/>; one it cannot check (or every
    /// one, without an evaluator) holds only if it held on every shard, its value kept when all shards agree or only one
    /// failed, and otherwise dropped rather than invented. Each shard becomes one row of <see cref="RunReport.Workers"/>
    /// named by its run id (a shard that is itself a multi-worker report contributes its workers).
    /// </remarks>
    /// <param name="reports">The shard reports.</param>
    /// <param name="thresholds">Checks threshold expressions on the merged report; null keeps the shards' verdicts.</param>
    /// <exception cref="ArgumentException">The list is empty, or the reports have different load profiles or schema versions.</exception>
    public static RunReport Merge(IReadOnlyList<RunReport> reports, IReportThresholdEvaluator? thresholds)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Merge(reports, ShardNames(reports), thresholds);
    }

    /// <summary>Merges with the given shard names (one per report) for the worker table.</summary>
    internal static RunReport Merge(IReadOnlyList<RunReport> reports, IReadOnlyList<string> names, IReportThresholdEvaluator? thresholds)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("nothing to merge: no shard reports given", nameof(reports));
        }

        if (reports.Count == 1)
        {
            return reports[0];
        }

        var first = reports[0];
        foreach (var r in reports)
        {
            if (r.SchemaVersion != first.SchemaVersion)
            {
                throw new ArgumentException($"cannot merge schema_version {r.SchemaVersion} with {first.SchemaVersion}", nameof(reports));
            }

            // Shards started on different machines get their own ids (folder names), so the profile is
            // what identifies one run; merging different profiles would mix unrelated load.
            if (!string.Equals(r.Run.Profile, first.Run.Profile, StringComparison.Ordinal))
            {
                throw new ArgumentException($"cannot merge shards of different load profiles: run.profile '{first.Run.Profile}' and '{r.Run.Profile}'", nameof(reports));
            }
        }

        var start = reports.Min(r => r.Run.StartedAt);
        var end = reports.Max(r => r.Run.StartedAt + TimeSpan.FromSeconds(r.Run.DurationS));
        double duration = Math.Round((end - start).TotalSeconds, 3);

        var ids = reports.Select(r => r.Run.Id).Distinct(StringComparer.Ordinal).ToList();
        var run = first.Run with
        {
            Id = string.Join("+", ids),
            StartedAt = start,
            DurationS = duration,
            Shards = reports.Sum(r => r.Run.Shards),
            Seed = reports.All(r => r.Run.Seed == first.Run.Seed) ? first.Run.Seed : null,

            // One unverified shard makes the whole run's traffic unverified.
            TlsVerification = reports.Select(r => r.Run.TlsVerification).FirstOrDefault(t => t == RunInfo.TlsNotVerified)
                ?? reports.Select(r => r.Run.TlsVerification).FirstOrDefault(t => t != RunInfo.TlsVerified)
                ?? RunInfo.TlsVerified,
        };

        var timeline = TimelineMerger.Merge(reports, start);
        var merged = new RunReport
        {
            SchemaVersion = first.SchemaVersion,
            Run = run,
            Sessions = MergeSessions(reports, timeline),
            Steps = MergeSteps(reports, duration),
            Errors = MergeErrors(reports),
            Polls = MergePolls(reports),
            Chat = MergeChat(reports),
            Bots = MergeBots(reports),
            Lifecycle = MergeLifecycle(reports),
            Timeline = timeline,
            LoadProfile = reports.Select(r => r.LoadProfile).FirstOrDefault(p => p is not null),
            Workers = MergeWorkers(reports, names),
        };
        return merged with { Thresholds = MergeThresholds(reports, merged, thresholds) };
    }

    private static SessionStats MergeSessions(IReadOnlyList<RunReport> reports, IReadOnlyList<TimelinePoint> timeline) => new()
    {
        Started = reports.Sum(r => r.Sessions.Started),
        Queued = reports.Sum(r => r.Sessions.Queued),
        Connected = reports.Sum(r => r.Sessions.Connected),
        Completed = reports.Sum(r => r.Sessions.Completed),
        Failed = reports.Sum(r => r.Sessions.Failed),
        Restarts = reports.Sum(r => r.Sessions.Restarts),
        EndedByRun = reports.Sum(r => r.Sessions.EndedByRun),
        Lost = reports.Sum(r => r.Sessions.Lost),
        Abandoned = reports.Sum(r => r.Sessions.Abandoned),
        BackoffS = Math.Round(reports.Sum(r => r.Sessions.BackoffS), 3),
        // Shard peaks need not coincide, so their sum overstates the run's peak; the merged timeline adds shards sample by sample.
        PeakConcurrent = Math.Max(timeline.Count == 0 ? 0 : timeline.Max(p => p.ActiveSessions), reports.Max(r => r.Sessions.PeakConcurrent)),
    };

    private static List<StepStats> MergeSteps(IReadOnlyList<RunReport> reports, double duration)
    {
        // Keep the order in which steps first appear so the merged table reads like the shard tables.
        return reports.SelectMany(r => r.Steps)
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => StepStats.Create(
                g.Key,
                g.Sum(s => s.Ok),
                g.Sum(s => s.Fail),
                g.Sum(s => s.BytesIn),
                g.Sum(s => s.BytesOut),
                HistogramSnapshot.Merge(g.Select(s => HistogramSnapshot.FromData(s.Histogram))),
                duration))
            .ToList();
    }

    private static List<ErrorStats> MergeErrors(IReadOnlyList<RunReport> reports)
    {
        return reports.SelectMany(r => r.Errors)
            .GroupBy(e => (e.Step, e.Code, e.Message))
            .Select(g => g.First() with { Count = g.Sum(e => e.Count) })
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Code)
            .ThenBy(e => e.Step, StringComparer.Ordinal)
            .ToList();
    }

    private static PollStats MergePolls(IReadOnlyList<RunReport> reports)
    {
        long count = reports.Sum(r => r.Polls.Count);
        double hold = count == 0 ? 0 : reports.Sum(r => r.Polls.MeanHoldMs * r.Polls.Count) / count;
        return new PollStats
        {
            Count = count,
            MeanHoldMs = Math.Round(hold, 3),
            ConcurrentPollErrors = reports.Sum(r => r.Polls.ConcurrentPollErrors),
        };
    }

    private static ChatStats MergeChat(IReadOnlyList<RunReport> reports)
    {
        HistogramSnapshot Merged(Func<ChatHistograms, HistogramData> pick) =>
            HistogramSnapshot.Merge(reports.Select(r => HistogramSnapshot.FromData(pick(r.Chat.Histograms))));

        return ChatStats.Create(Merged(h => h.QueueWait), Merged(h => h.FirstAgentMessage), Merged(h => h.ReplyRtt));
    }

    private static List<BotStats> MergeBots(IReadOnlyList<RunReport> reports)
    {
        return reports.SelectMany(r => r.Bots)
            .GroupBy(b => b.Script, StringComparer.Ordinal)
            .Select(g => new BotStats
            {
                Script = g.Key,
                Conversations = g.Sum(b => b.Conversations),
                Completed = g.Sum(b => b.Completed),
                FormsAnswered = g.Sum(b => b.FormsAnswered),
                SecureForms = g.Sum(b => b.SecureForms),
                FilesSent = g.Sum(b => b.FilesSent),
                FilesReceived = g.Sum(b => b.FilesReceived),
                ExpectationsMet = g.Sum(b => b.ExpectationsMet),
                ExpectationsFailed = g.Sum(b => b.ExpectationsFailed),
            })
            .ToList();
    }

    private static SortedDictionary<string, long> MergeLifecycle(IReadOnlyList<RunReport> reports)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, count) in reports.SelectMany(r => r.Lifecycle))
        {
            result[name] = result.GetValueOrDefault(name) + count;
        }

        return result;
    }

    private static List<ThresholdResult> MergeThresholds(IReadOnlyList<RunReport> reports, RunReport merged, IReportThresholdEvaluator? evaluator)
    {
        var verdicts = ShardVerdicts(reports);
        if (evaluator is null)
        {
            return verdicts;
        }

        // Every expression any shard checked, then any its profile lists that no shard got to check, in first-seen order.
        var expressions = verdicts.Select(t => t.Expression)
            .Concat(reports.SelectMany(r => r.LoadProfile?.Thresholds ?? []))
            .Distinct(StringComparer.Ordinal);
        var results = new List<ThresholdResult>();
        foreach (var expression in expressions)
        {
            var result = evaluator.Evaluate(expression, merged) ?? verdicts.Find(v => string.Equals(v.Expression, expression, StringComparison.Ordinal));
            if (result is not null)
            {
                results.Add(result with { Expression = expression });
            }
        }

        return results;
    }

    private static List<ThresholdResult> ShardVerdicts(IReadOnlyList<RunReport> reports)
    {
        return reports.SelectMany(r => r.Thresholds)
            .GroupBy(t => t.Expression, StringComparer.Ordinal)
            .Select(g =>
            {
                var all = g.ToList();
                var failed = all.Where(t => !t.Held).ToList();
                double? value = all.All(t => t.Value == all[0].Value) ? all[0].Value
                    : failed.Count == 1 ? failed[0].Value
                    : null;
                return new ThresholdResult { Expression = g.Key, Held = failed.Count == 0, Value = value };
            })
            .ToList();
    }

    private static List<WorkerStats> MergeWorkers(IReadOnlyList<RunReport> reports, IReadOnlyList<string> names)
    {
        var workers = new List<WorkerStats>();
        for (int i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (report.Workers.Count > 0)
            {
                // A shard that was itself a cluster run (or an earlier merge) keeps its own rows, named under the shard.
                foreach (var w in report.Workers)
                {
                    workers.Add(w with { Name = names[i] + "/" + w.Name, Index = workers.Count });
                }

                continue;
            }

            // A hand-made shard records neither its process's CPU time nor its memory: they stay 0, which renders as unknown.
            workers.Add(new WorkerStats
            {
                Name = names[i],
                Index = workers.Count,
                Sessions = report.Sessions.Started,
                Requests = report.Steps.Sum(s => s.Ok + s.Fail),
                Errors = report.Steps.Sum(s => s.Fail),
                JoinedAt = report.Run.StartedAt,
            });
        }

        return workers;
    }

    // In memory a shard is known by its run id; shards sharing one get their position appended so rows stay apart.
    private static List<string> ShardNames(IReadOnlyList<RunReport> reports)
    {
        var names = reports.Select(r => r.Run.Id.Length == 0 ? "shard" : r.Run.Id).ToList();
        var duplicated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return names.Select((n, i) => duplicated.Contains(n) ? $"{n} #{i + 1}" : n).ToList();
    }
}
