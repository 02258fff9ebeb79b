namespace ChatSwarm.Reports.Comparing;

/// <summary>One measure of one subject in both runs and the verdict on its change.</summary>
/// <param name="Subject">What was measured, e.g. "step request_chat", "chat queue wait", "sessions".</param>
/// <param name="Metric">The measure, e.g. "p95", "error rate", "throughput", "completion rate".</param>
/// <param name="Kind">How the values are read and which direction is better.</param>
/// <param name="Base">The base run's value, or null when the base run lacks the subject.</param>
/// <param name="New">The new run's value, or null when the new run lacks the subject.</param>
/// <param name="WorsePercent">
/// How much worse the new value is, in percent (negative when better); for rates the relative change of the bad
/// share; null when it cannot be computed (a side is missing).
/// </param>
/// <param name="Verdict">The verdict under the comparison's limit.</param>
public sealed record ComparisonLine(string Subject, string Metric, MetricKind Kind, double? Base, double? New, double? WorsePercent, Verdict Verdict);
