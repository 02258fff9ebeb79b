namespace ChatSwarm.Reports.Histograms;

/// <summary>
/// A fixed-size, lock-free latency histogram over 0 µs .. 1 hour with log-linear buckets (≤ 1% relative
/// error). Many threads may call <see cref="Record(TimeSpan)"/> at once; recording never allocates.
/// Values above one hour are counted in the top bucket; negative values count as zero.
/// </summary>
public sealed class LatencyHistogram
{
    private readonly long[] _counts = new long[HistogramLayout.BucketCount];
    private long _sum;
    private long _min = long.MaxValue;
    private long _max = long.MinValue;

    /// <summary>Number of buckets every histogram holds (fixed; each is one long).</summary>
    public static int BucketCount => HistogramLayout.BucketCount;

    /// <summary>Records one duration.</summary>
    public void Record(TimeSpan duration) => RecordMicroseconds(duration.Ticks / TimeSpan.TicksPerMicrosecond);

    /// <summary>Records one duration given in microseconds.</summary>
    public void RecordMicroseconds(long microseconds)
    {
        long v = Math.Clamp(microseconds, 0, HistogramLayout.MaxValueMicroseconds);
        Interlocked.Increment(ref _counts[HistogramLayout.IndexOf(v)]);
        Interlocked.Add(ref _sum, v);

        // Extremes change rarely after warm-up, so the plain read usually skips the CAS entirely.
        long min = Volatile.Read(ref _min);
        while (v < min)
        {
            long seen = Interlocked.CompareExchange(ref _min, v, min);
            if (seen == min)
            {
                break;
            }

            min = seen;
        }

        long max = Volatile.Read(ref _max);
        while (v > max)
        {
            long seen = Interlocked.CompareExchange(ref _max, v, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>
    /// Copies the current state. Concurrent recordings may land partly in the copy (a bucket counted but
    /// its sum not yet added); the count always equals the sum of the copied buckets.
    /// </summary>
    public HistogramSnapshot Snapshot()
    {
        var counts = new long[_counts.Length];
        long total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            long c = Volatile.Read(ref _counts[i]);
            counts[i] = c;
            total += c;
        }

        if (total == 0)
        {
            return HistogramSnapshot.Empty;
        }

        long min = Volatile.Read(ref _min);
        long max = Volatile.Read(ref _max);
        return new HistogramSnapshot(counts, total, Volatile.Read(ref _sum), min == long.MaxValue ? 0 : min, max == long.MinValue ? 0 : max);
    }
}
