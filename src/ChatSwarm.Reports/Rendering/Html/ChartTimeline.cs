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
    }

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
}
