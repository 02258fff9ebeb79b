using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Comparing;

/// <summary>
/// Compares a new run against a base run, line by line: per step p50/p95/p99, error rate and throughput; per chat
/// measure p50/p95/p99; the sessions' completion rate, error rate and throughput; per bot script its completion rate
/// and passed checks. A pure function of the two reports and the options.
/// </summary>
public static class ReportComparer
{
    /// <summary>Compares <paramref name="newReport"/> against <paramref name="baseReport"/>.</summary>
    /// <param name="baseReport">The reference run.</param>
    /// <param name="newReport">The run under judgement.</param>
    /// <param name="options">Limit and noise floors; null for defaults.</param>
    /// <returns>Every compared line with its verdict.</returns>
    public static RunComparison Compare(RunReport baseReport, RunReport newReport, ComparisonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(baseReport);
        ArgumentNullException.ThrowIfNull(newReport);
        options ??= ComparisonOptions.Default;
        options.Validate();
        var lines = new List<ComparisonLine>();

        var baseSteps = baseReport.Steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var newSteps = newReport.Steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var name in baseReport.Steps.Select(s => s.Name).Concat(newReport.Steps.Select(s => s.Name)).Distinct(StringComparer.Ordinal))
        {
            var b = baseSteps.GetValueOrDefault(name);
            var n = newSteps.GetValueOrDefault(name);
            string subject = "step " + name;
            if (!options.LongPollSteps.Contains(name, StringComparer.Ordinal))
            {
                Percentiles(lines, subject, b?.LatencyMs, n?.LatencyMs, options);
            }

            lines.Add(Judge(subject, "error rate", MetricKind.BadRate, StepErrorRate(b), StepErrorRate(n), options));
            lines.Add(Judge(subject, "throughput", MetricKind.Throughput, b?.Rps, n?.Rps, options));
        }

        Percentiles(lines, "chat queue wait", baseReport.Chat.QueueWaitMs, newReport.Chat.QueueWaitMs, options);
        Percentiles(lines, "chat first agent message", baseReport.Chat.FirstAgentMessageMs, newReport.Chat.FirstAgentMessageMs, options);
        Percentiles(lines, "chat reply round trip", baseReport.Chat.ReplyRttMs, newReport.Chat.ReplyRttMs, options);

        lines.Add(Judge("sessions", "completion rate", MetricKind.GoodRate, CompletionRate(baseReport.Sessions), CompletionRate(newReport.Sessions), options));
        lines.Add(Judge("requests", "error rate", MetricKind.BadRate, RunErrorRate(baseReport), RunErrorRate(newReport), options));
        lines.Add(Judge("requests", "throughput", MetricKind.Throughput, RunThroughput(baseReport), RunThroughput(newReport), options));

        var baseBots = baseReport.Bots.ToDictionary(s => s.Script, StringComparer.Ordinal);
        var newBots = newReport.Bots.ToDictionary(s => s.Script, StringComparer.Ordinal);
        foreach (var script in baseReport.Bots.Select(s => s.Script).Concat(newReport.Bots.Select(s => s.Script)).Distinct(StringComparer.Ordinal))
        {
            var b = baseBots.GetValueOrDefault(script);
            var n = newBots.GetValueOrDefault(script);
            string subject = "bot " + script;
            lines.Add(Judge(subject, "completion rate", MetricKind.GoodRate, BotCompletion(b), BotCompletion(n), options));
            lines.Add(Judge(subject, "checks passed", MetricKind.GoodRate, BotChecks(b), BotChecks(n), options));
        }

        return new RunComparison(baseReport.Run.Id, newReport.Run.Id, baseReport.Run.Profile, newReport.Run.Profile, options.MaxRegressionPercent, lines);
    }

    /// <summary>Judges one measure; public so tests and other front ends share the exact rule.</summary>
    /// <param name="subject">What was measured.</param>
    /// <param name="metric">The measure's name.</param>
    /// <param name="kind">How to read the values.</param>
    /// <param name="baseValue">Base value, null when the base lacks it.</param>
    /// <param name="newValue">New value, null when the new run lacks it.</param>
    /// <param name="options">Limit and noise floors (already validated).</param>
    /// <returns>The line with its verdict.</returns>
    public static ComparisonLine Judge(string subject, string metric, MetricKind kind, double? baseValue, double? newValue, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (baseValue is null || newValue is null)
        {
            var verdict = baseValue is null && newValue is null ? Verdict.NoData : baseValue is null ? Verdict.Added : Verdict.Removed;
            return new ComparisonLine(subject, metric, kind, baseValue, newValue, null, verdict);
        }

        double b = baseValue.Value, n = newValue.Value;
        double worse;
        bool belowNoise;
        switch (kind)
        {
            case MetricKind.LatencyMs:
                worse = Relative(b, n);
                belowNoise = Math.Abs(n - b) < options.MinLatencyChangeMs;
                break;
            case MetricKind.Throughput:
                worse = b > 0 ? (b - n) / b * 100 : n > 0 ? -100 : 0;
                belowNoise = false;
                break;
            default:
                // Rates compare their bad share: 99% → 98% completed is 1% → 2% incomplete, twice as bad.
                double badBase = kind == MetricKind.BadRate ? b : 1 - b;
                double badNew = kind == MetricKind.BadRate ? n : 1 - n;
                worse = Relative(badBase, badNew);
                belowNoise = Math.Abs(badNew - badBase) * 100 < options.MinRateChangePoints;
                break;
        }

        var judged = belowNoise ? Verdict.Unchanged
            : worse > options.MaxRegressionPercent ? Verdict.Regressed
            : worse < -options.MaxRegressionPercent ? Verdict.Improved
            : Verdict.Unchanged;
        return new ComparisonLine(subject, metric, kind, b, n, worse, judged);
    }

    private static double Relative(double b, double n) => b > 0 ? (n - b) / b * 100 : n > 0 ? double.PositiveInfinity : 0;

    private static void Percentiles(List<ComparisonLine> lines, string subject, LatencyStats? b, LatencyStats? n, ComparisonOptions options)
    {
        // A side with no samples has no percentiles: its zeros are absence, not a fast run.
        b = b is { Count: > 0 } ? b : null;
        n = n is { Count: > 0 } ? n : null;
        lines.Add(Judge(subject, "p50", MetricKind.LatencyMs, b?.P50, n?.P50, options));
        lines.Add(Judge(subject, "p95", MetricKind.LatencyMs, b?.P95, n?.P95, options));
        lines.Add(Judge(subject, "p99", MetricKind.LatencyMs, b?.P99, n?.P99, options));
    }

    private static double? StepErrorRate(StepStats? s) => s is null || s.Ok + s.Fail == 0 ? null : (double)s.Fail / (s.Ok + s.Fail);

    private static double? CompletionRate(SessionStats s) => s.Started == 0 ? null : (double)s.Completed / s.Started;

    private static double? RunErrorRate(RunReport r)
    {
        long ok = r.Steps.Sum(s => s.Ok), fail = r.Steps.Sum(s => s.Fail);
        return ok + fail == 0 ? null : (double)fail / (ok + fail);
    }

    private static double? RunThroughput(RunReport r) =>
        r.Run.DurationS > 0 && r.Steps.Count > 0 ? r.Steps.Sum(s => s.Ok + s.Fail) / r.Run.DurationS : null;

    private static double? BotCompletion(BotStats? s) => s is null || s.Conversations == 0 ? null : (double)s.Completed / s.Conversations;

    private static double? BotChecks(BotStats? s) =>
        s is null || s.ExpectationsMet + s.ExpectationsFailed == 0 ? null : (double)s.ExpectationsMet / (s.ExpectationsMet + s.ExpectationsFailed);
}
