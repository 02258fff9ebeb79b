using ChatSwarm.Reports.Merging;

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>Threshold checks on finished reports, for <c>chatswarm report merge</c> (see <see cref="ReportMerger"/>).</summary>
public static class ReportThresholds
{
    /// <summary>
    /// Checks a load profile's threshold expressions against a whole report with the evaluator a run uses live. An
    /// expression it cannot parse, or one on poll_hold (kept in reports only as a mean), is left to the shards' verdicts.
    /// </summary>
    public static IReportThresholdEvaluator Evaluator => ReportThresholdEvaluator.Instance;
}
