using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Merging;

/// <summary>
/// Checks a threshold expression against a whole (merged) report, so a merged run passes or fails on its own merged
/// counters and histograms rather than on the shards' verdicts. The swarm's threshold language lives above this library,
/// so the caller hands its evaluator in.
/// </summary>
public interface IReportThresholdEvaluator
{
    /// <summary>Evaluates <paramref name="expression"/> on <paramref name="report"/>.</summary>
    /// <param name="expression">The threshold as written in the load profile, e.g. "p95(request_chat) &lt; 2s".</param>
    /// <param name="report">The merged report.</param>
    /// <returns>
    /// The outcome, or null when the report does not hold what the expression measures (then the merge falls back to the
    /// shards' verdicts: the threshold holds only if it held on every shard).
    /// </returns>
    ThresholdResult? Evaluate(string expression, RunReport report);
}
