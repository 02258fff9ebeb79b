using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Merging;

/// <summary>
/// Merges the shard reports of one run into one report: counters add, histograms merge exactly (so
/// every latency percentile is the one the whole run would have measured), timelines align on wall-clock
/// time. Values that cannot be recombined exactly are documented on <see cref="Merge"/>.
/// </summary>
public static partial class ReportMerger
{
    /// <summary>Merges shard reports of the same run.</summary>
    /// <remarks>
    /// Peak concurrency is the sum of shard peaks (shards run side by side). Timeline percentiles are
    /// exact when every shard's timeline points carry histograms; otherwise they are the request-weighted
    /// mean of the shard values. The merged run id is the shards' distinct ids joined with '+'. A threshold holds only if it held on every shard; its value is kept
    /// when all shards agree or only one failed, and otherwise dropped rather than invented.
    /// </remarks>
    /// <exception cref="ArgumentException">The list is empty, or the reports have different load profiles or schema versions.</exception>
    public static RunReport Merge(IReadOnlyList<RunReport> reports)
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

        return new RunReport
        {
            SchemaVersion = first.SchemaVersion,
            Run = run,
            Sessions = MergeSessions(reports),
            Steps = MergeSteps(reports, duration),
            Errors = MergeErrors(reports),
            Polls = MergePolls(reports),
            Chat = MergeChat(reports),
            Bots = MergeBots(reports),
            Lifecycle = MergeLifecycle(reports),
            Timeline = TimelineMerger.Merge(reports, start),
            Thresholds = MergeThresholds(reports),
        };
    }

    private static SessionStats MergeSessions(IReadOnlyList<RunReport> reports) => new()
    {
        Started = reports.Sum(r => r.Sessions.Started),
        Queued = reports.Sum(r => r.Sessions.Queued),
        Connected = reports.Sum(r => r.Sessions.Connected),
        Completed = reports.Sum(r => r.Sessions.Completed),
        Failed = reports.Sum(r => r.Sessions.Failed),
        Restarts = reports.Sum(r => r.Sessions.Restarts),
        EndedByRun = reports.Sum(r => r.Sessions.EndedByRun),
        Lost = reports.Sum(r => r.Sessions.Lost),
        BackoffS = Math.Round(reports.Sum(r => r.Sessions.BackoffS), 3),
        PeakConcurrent = reports.Sum(r => r.Sessions.PeakConcurrent),
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

    private static List<ThresholdResult> MergeThresholds(IReadOnlyList<RunReport> reports)
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
}
