using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cluster.Merging;

/// <summary>
/// Folds a worker's timeline points that share one instant into one point. A worker whose control loop was starved for
/// more than a second ticks twice at the same moment; adding those points as if they were two workers would double its
/// active sessions. Counts add, the gauge (active sessions) is the later one, latencies merge exactly.
/// </summary>
internal static class TimelineCoalescer
{
    public static List<TimelinePoint> Coalesce(IReadOnlyList<TimelinePoint> points)
    {
        var result = new List<TimelinePoint>(points.Count);
        foreach (var point in points)
        {
            if (result.Count > 0 && point.T - result[^1].T < 1e-6)
            {
                result[^1] = Combine(result[^1], point, result.Count > 1 ? result[^2].T : 0);
            }
            else
            {
                result.Add(point);
            }
        }

        return result;
    }

    private static TimelinePoint Combine(TimelinePoint first, TimelinePoint second, double previousT)
    {
        var byCode = new SortedDictionary<int, long>();
        foreach (var (code, count) in first.ErrorsByCode.Concat(second.ErrorsByCode))
        {
            byCode[code] = byCode.GetValueOrDefault(code) + count;
        }

        var histogram = HistogramSnapshot.Merge([HistogramSnapshot.FromData(first.Histogram), HistogramSnapshot.FromData(second.Histogram)]);
        long requests = first.Requests + second.Requests;
        double interval = second.T - previousT;
        return second with
        {
            Requests = requests,
            Rps = interval > 0 ? Math.Round(requests / interval, 3) : first.Rps + second.Rps,
            Errors = first.Errors + second.Errors,
            ErrorsByCode = byCode,
            SessionStarts = first.SessionStarts + second.SessionStarts,
            SessionEnds = first.SessionEnds + second.SessionEnds,
            Restarts = first.Restarts + second.Restarts,
            Histogram = histogram.Count == 0 ? null : histogram.ToData(),
            P50Ms = histogram.Count == 0 ? 0 : Math.Round(histogram.PercentileMicroseconds(50) / 1000.0, 3),
            P95Ms = histogram.Count == 0 ? 0 : Math.Round(histogram.PercentileMicroseconds(95) / 1000.0, 3),
            P99Ms = histogram.Count == 0 ? 0 : Math.Round(histogram.PercentileMicroseconds(99) / 1000.0, 3),
        };
    }
}
