using System.Globalization;
using ChatSwarm.Cluster.Merging;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>The end: one report from every worker's results, thresholds on the merged histograms, the exit code.</summary>
internal sealed partial class CoordinatorRun
{
    private SwarmRunResult BuildResult()
    {
        var elapsed = Elapsed;
        var report = ClusterMerge.Merge(_slots, RunInfo(elapsed), withTimeline: true);
        var snapshot = ClusterMerge.Snapshot(report, _slots, elapsed, Math.Max(_peak, report.Sessions.PeakConcurrent));
        var thresholds = ThresholdEvaluator.Evaluate(_options.Profile.Thresholds, snapshot);
        report = report with { Thresholds = [.. thresholds.Select(t => t.ToReport())] };

        var lost = _slots.Where(s => s.State == WorkerState.Lost).ToList();
        var workerStops = _slots.Where(s => s.LastTick is { Final: true, StoppedEarly: true, StopReason: not null }).ToList();
        var stopReason = _stopReason;
        if (lost.Count > 0)
        {
            var lostText = string.Create(CultureInfo.InvariantCulture, $"{lost.Count} of {_slots.Count} worker(s) lost mid-run: {Describe(lost)}");
            stopReason = stopReason is null ? lostText : stopReason + "; " + lostText;
        }

        var exitCode = _setupFailure is not null ? SwarmExitCode.SetupError
            : _thresholdAbort || thresholds.Any(t => !t.Held) ? SwarmExitCode.ThresholdsFailed
            : lost.Count > 0 ? SwarmExitCode.ThresholdsFailed
            : SwarmExitCode.Ok;
        return new SwarmRunResult
        {
            Report = report,
            Thresholds = thresholds,
            StoppedEarly = _stopSentAt is not null || lost.Count > 0 || workerStops.Count > 0,
            StopReason = stopReason,
            Interrupted = _interrupted,
            ExitCode = exitCode,
            // A lost worker's unfinished customers are already counted as lost sessions; counting them here too would count them twice.
            CustomersAbandoned = _slots.Where(s => s.State != WorkerState.Lost).Sum(s => s.LastTick?.Abandoned ?? 0),
        };
    }
}
