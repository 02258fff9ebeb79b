using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>
/// The timeline as chart series, downsampled to at most a given number of points: each drawn point
/// covers consecutive samples; rates are averaged, active sessions and latency percentiles keep the
/// group's maximum so short spikes stay visible.
/// </summary>
internal sealed class ChartTimeline
{
    private ChartTimeline(int count)
    {
        T = new double[count];
        Active = new double[count];
        OkRps = new double[count];
        FailedRps = new double[count];
        P50 = new double[count];
        P95 = new double[count];
        P99 = new double[count];
        StartsPs = new double[count];
        EndsPs = new double[count];
        RestartsPs = new double[count];
        Planned = new double[count];
        PlannedRate = new double[count];
    }

    /// <summary>Sessions the plan asked for (NaN where the point has no closed-model target).</summary>
    public double[] Planned { get; }

    /// <summary>Sessions per second the plan asked to start (NaN where the point has no arrival rate).</summary>
    public double[] PlannedRate { get; }

    /// <summary>True when any point carries a closed-model target.</summary>
    public bool HasPlanned { get; private set; }

    /// <summary>True when any point carries an arrival rate.</summary>
    public bool HasPlannedRate { get; private set; }

    /// <summary>p50/p95/p99 per step, in order of first appearance (NaN where the step had no call).</summary>
    public List<IntervalSeries> Steps { get; } = [];

    /// <summary>p50/p95/p99 per chat measure: queue wait, first agent message, reply round trip, poll hold (those with any value).</summary>
    public List<IntervalSeries> Chat { get; } = [];

    /// <summary>Sessions started per second.</summary>
    public double[] StartsPs { get; }

    /// <summary>Sessions ended per second.</summary>
    public double[] EndsPs { get; }

    /// <summary>Customer restarts per second.</summary>
    public double[] RestartsPs { get; }

    public double[] T { get; }

    public double[] Active { get; }

    public double[] OkRps { get; }

    public double[] FailedRps { get; }

    public double[] P50 { get; }

    public double[] P95 { get; }

    public double[] P99 { get; }

    /// <summary>Errors per second by API code, codes ordered by total count.</summary>
    public List<(int Code, double[] PerSecond)> ErrorRates { get; } = [];

    public int Count => T.Length;

    public static ChartTimeline From(IReadOnlyList<TimelinePoint> points, int maxPoints)
    {
        int n = points.Count;
        int group = Math.Max(1, (n + maxPoints - 1) / maxPoints);
        int count = (n + group - 1) / group;
        var chart = new ChartTimeline(count);
        var codes = points.SelectMany(p => p.ErrorsByCode)
            .GroupBy(kv => kv.Key)
            .OrderByDescending(g => g.Sum(kv => kv.Value))
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToList();
        foreach (int code in codes)
        {
            chart.ErrorRates.Add((code, new double[count]));
        }

        var stepNames = points.Where(p => p.Steps is not null).SelectMany(p => p.Steps!.Keys).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in stepNames)
        {
            chart.Steps.Add(IntervalSeries.From(name, points, p => p.Steps, group, count));
        }

        foreach (var name in ChatMeasures)
        {
            if (points.Any(p => p.Chat is not null && p.Chat.ContainsKey(name)))
            {
                chart.Chat.Add(IntervalSeries.From(name, points, p => p.Chat, group, count));
            }
        }

        chart.HasPlanned = points.Any(p => p.PlannedSessions is not null);
        chart.HasPlannedRate = points.Any(p => p.PlannedArrivalRate is not null);
        for (int g = 0; g < count; g++)
        {
            chart.Planned[g] = MaxOf(points, g * group, Math.Min(n, (g + 1) * group), p => p.PlannedSessions);
            chart.PlannedRate[g] = MaxOf(points, g * group, Math.Min(n, (g + 1) * group), p => p.PlannedArrivalRate);
        }

        for (int g = 0; g < count; g++)
        {
            int from = g * group;
            int to = Math.Min(n, from + group);
            int size = to - from;
            double active = 0, ok = 0, failed = 0, p50 = 0, p95 = 0, p99 = 0;
            for (int i = from; i < to; i++)
            {
                var p = points[i];
                double failedShare = p.Requests == 0 ? 0 : Math.Min(1, (double)p.Errors / p.Requests);
                active = Math.Max(active, p.ActiveSessions);
                ok += p.Rps * (1 - failedShare);
                failed += p.Rps * failedShare;
                p50 = Math.Max(p50, p.P50Ms);
                p95 = Math.Max(p95, p.P95Ms);
                p99 = Math.Max(p99, p.P99Ms);
                double dt = i == 0 ? p.T : p.T - points[i - 1].T;
                if (dt <= 0)
                {
                    dt = 1;
                }

                chart.StartsPs[g] += p.SessionStarts / dt / size;
                chart.EndsPs[g] += p.SessionEnds / dt / size;
                chart.RestartsPs[g] += p.Restarts / dt / size;
                foreach (var (code, rates) in chart.ErrorRates)
                {
                    if (p.ErrorsByCode.TryGetValue(code, out long c))
                    {
                        rates[g] += c / dt / size;
                    }
                }
            }

            chart.T[g] = points[to - 1].T;
            chart.Active[g] = active;
            chart.OkRps[g] = ok / size;
            chart.FailedRps[g] = failed / size;
            chart.P50[g] = p50;
            chart.P95[g] = p95;
            chart.P99[g] = p99;
        }

        return chart;
    }

    /// <summary>The chat measures in the order the report shows them (the names report.json's timeline uses).</summary>
    private static readonly string[] ChatMeasures = ["queue_wait", "first_agent_message", "reply_rtt", "poll_hold"];

    // A planned value keeps the group's largest, like active sessions; a group with none is a gap.
    private static double MaxOf(IReadOnlyList<TimelinePoint> points, int from, int to, Func<TimelinePoint, double?> pick)
    {
        double max = double.NaN;
        for (int i = from; i < to; i++)
        {
            if (pick(points[i]) is { } v)
            {
                max = double.IsNaN(max) ? v : Math.Max(max, v);
            }
        }

        return max;
    }
}

/// <summary>One step's or chat measure's percentiles over time; NaN where it had no value in a drawn point's samples.</summary>
/// <param name="Name">The step or measure name.</param>
/// <param name="P50">Median per drawn point, ms.</param>
/// <param name="P95">95th percentile per drawn point, ms.</param>
/// <param name="P99">99th percentile per drawn point, ms.</param>
internal sealed record IntervalSeries(string Name, double[] P50, double[] P95, double[] P99)
{
    /// <summary>Downsampled like the overall latency: each drawn point keeps its samples' largest percentiles.</summary>
    public static IntervalSeries From(string name, IReadOnlyList<TimelinePoint> points, Func<TimelinePoint, IReadOnlyDictionary<string, IntervalLatency>?> pick, int group, int count)
    {
        var series = new IntervalSeries(name, new double[count], new double[count], new double[count]);
        Array.Fill(series.P50, double.NaN);
        Array.Fill(series.P95, double.NaN);
        Array.Fill(series.P99, double.NaN);
        for (int i = 0; i < points.Count; i++)
        {
            if (pick(points[i]) is not { } intervals || !intervals.TryGetValue(name, out var l) || l.Count == 0)
            {
                continue;
            }

            int g = i / group;
            series.P50[g] = double.IsNaN(series.P50[g]) ? l.P50Ms : Math.Max(series.P50[g], l.P50Ms);
            series.P95[g] = double.IsNaN(series.P95[g]) ? l.P95Ms : Math.Max(series.P95[g], l.P95Ms);
            series.P99[g] = double.IsNaN(series.P99[g]) ? l.P99Ms : Math.Max(series.P99[g], l.P99Ms);
        }

        return series;
    }
}
