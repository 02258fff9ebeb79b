using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Merging;

/// <summary>Aligns shard timelines on wall-clock time and adds them interval by interval.</summary>
internal static class TimelineMerger
{
    public static List<TimelinePoint> Merge(IReadOnlyList<RunReport> reports, DateTimeOffset start)
    {
        double interval = Interval(reports);
        var slots = new SortedDictionary<long, List<(int Shard, TimelinePoint Point)>>();
        for (int shard = 0; shard < reports.Count; shard++)
        {
            var report = reports[shard];
            double offset = (report.Run.StartedAt - start).TotalSeconds;
            foreach (var point in report.Timeline)
            {
                long slot = (long)Math.Round((point.T + offset) / interval);
                if (!slots.TryGetValue(slot, out var list))
                {
                    list = [];
                    slots[slot] = list;
                }

                list.Add((shard, point));
            }
        }

        var result = new List<TimelinePoint>(slots.Count);
        foreach (var (slot, points) in slots)
        {
            result.Add(Combine(Math.Round(slot * interval, 3), points));
        }

        return result;
    }

    private static TimelinePoint Combine(double t, List<(int Shard, TimelinePoint Point)> samples)
    {
        var points = samples.ConvertAll(s => s.Point);
        var byCode = new SortedDictionary<int, long>();
        foreach (var (code, count) in points.SelectMany(p => p.ErrorsByCode))
        {
            byCode[code] = byCode.GetValueOrDefault(code) + count;
        }

        long requests = points.Sum(p => p.Requests);
        double p50, p95, p99;
        HistogramData? histogram = null;
        // A point without latencies (an idle interval) may omit its histogram; it counts as empty.
        if (points.All(p => p.Histogram is not null || (p.P50Ms == 0 && p.P95Ms == 0 && p.P99Ms == 0)))
        {
            var merged = HistogramSnapshot.Merge(points.Select(p => HistogramSnapshot.FromData(p.Histogram)));
            histogram = merged.Count == 0 ? null : merged.ToData();
            p50 = Ms(merged.PercentileMicroseconds(50));
            p95 = Ms(merged.PercentileMicroseconds(95));
            p99 = Ms(merged.PercentileMicroseconds(99));
        }
        else
        {
            p50 = Weighted(points, requests, p => p.P50Ms);
            p95 = Weighted(points, requests, p => p.P95Ms);
            p99 = Weighted(points, requests, p => p.P99Ms);
        }

        return new TimelinePoint
        {
            T = t,
            // Active sessions is a level, not a count: a shard with two samples rounded into one slot adds its latest
            // level once, so the merged peak never counts one shard's customers twice.
            ActiveSessions = samples.GroupBy(s => s.Shard).Sum(g => g.Last().Point.ActiveSessions),
            Requests = requests,
            Rps = Math.Round(points.Sum(p => p.Rps), 3),
            Errors = points.Sum(p => p.Errors),
            ErrorsByCode = byCode,
            P50Ms = p50,
            P95Ms = p95,
            P99Ms = p99,
            Histogram = histogram,
            SessionStarts = points.Sum(p => p.SessionStarts),
            SessionEnds = points.Sum(p => p.SessionEnds),
            Restarts = points.Sum(p => p.Restarts),
            PlannedSessions = points.Any(p => p.PlannedSessions is not null) ? points.Sum(p => p.PlannedSessions ?? 0) : null,
            PlannedArrivalRate = points.Any(p => p.PlannedArrivalRate is not null) ? Math.Round(points.Sum(p => p.PlannedArrivalRate ?? 0), 6) : null,
            Steps = Intervals(points, p => p.Steps),
            Chat = Intervals(points, p => p.Chat),
        };
    }

    // Per name: histograms add exactly; only when a shard wrote percentiles without its histogram are they weighed by count.
    private static Dictionary<string, IntervalLatency>? Intervals(List<TimelinePoint> points, Func<TimelinePoint, IReadOnlyDictionary<string, IntervalLatency>?> pick)
    {
        if (points.All(p => pick(p) is null))
        {
            return null;
        }

        var merged = new SortedDictionary<string, List<IntervalLatency>>(StringComparer.Ordinal);
        foreach (var (name, interval) in points.SelectMany(p => pick(p) ?? new Dictionary<string, IntervalLatency>()))
        {
            if (!merged.TryGetValue(name, out var list))
            {
                list = [];
                merged[name] = list;
            }

            list.Add(interval);
        }

        var result = new Dictionary<string, IntervalLatency>(StringComparer.Ordinal);
        foreach (var (name, list) in merged)
        {
            if (list.All(l => l.Histogram is not null || l.Count == 0))
            {
                result[name] = IntervalLatency.Of(HistogramSnapshot.Merge(list.Select(l => HistogramSnapshot.FromData(l.Histogram))));
                continue;
            }

            long count = list.Sum(l => l.Count);
            result[name] = new IntervalLatency
            {
                Count = count,
                P50Ms = WeightedByCount(list, count, l => l.P50Ms),
                P95Ms = WeightedByCount(list, count, l => l.P95Ms),
                P99Ms = WeightedByCount(list, count, l => l.P99Ms),
            };
        }

        return result;
    }

    private static double WeightedByCount(List<IntervalLatency> list, long count, Func<IntervalLatency, double> pick) =>
        count == 0 ? Math.Round(list.Max(pick), 3) : Math.Round(list.Sum(l => pick(l) * l.Count) / count, 3);

    // The sampling interval is the smallest step any shard used; shards of one run share it.
    private static double Interval(IReadOnlyList<RunReport> reports)
    {
        double best = double.MaxValue;
        foreach (var report in reports)
        {
            var tl = report.Timeline;
            for (int i = 1; i < tl.Count; i++)
            {
                double d = tl[i].T - tl[i - 1].T;
                if (d > 1e-6 && d < best)
                {
                    best = d;
                }
            }
        }

        return best == double.MaxValue ? 1.0 : best;
    }

    private static double Weighted(List<TimelinePoint> points, long requests, Func<TimelinePoint, double> pick)
    {
        if (requests == 0)
        {
            return Math.Round(points.Max(pick), 3);
        }

        return Math.Round(points.Sum(p => pick(p) * p.Requests) / requests, 3);
    }

    private static double Ms(double microseconds) => Math.Round(microseconds / 1000.0, 3);
}
