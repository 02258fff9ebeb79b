namespace ChatSwarm.Reports.Histograms;

/// <summary>
/// An immutable view of a latency histogram. Min, max, count and mean are exact; percentiles and the
/// standard deviation come from the buckets and are within 1% of the true values. Merging is exact:
/// merging snapshots of two halves gives the snapshot of the whole.
/// </summary>
public sealed class HistogramSnapshot
{
    private readonly long[] _counts;

    /// <summary>A snapshot with no values.</summary>
    public static HistogramSnapshot Empty { get; } = new(new long[HistogramLayout.BucketCount], 0, 0, 0, 0);

    internal HistogramSnapshot(long[] counts, long count, long sumUs, long minUs, long maxUs)
    {
        _counts = counts;
        Count = count;
        SumMicroseconds = sumUs;
        MinMicroseconds = count == 0 ? 0 : minUs;
        MaxMicroseconds = count == 0 ? 0 : maxUs;
    }

    /// <summary>Number of recorded values.</summary>
    public long Count { get; }

    /// <summary>Exact sum of all values in microseconds.</summary>
    public long SumMicroseconds { get; }

    /// <summary>Exact smallest value in microseconds (0 when empty).</summary>
    public long MinMicroseconds { get; }

    /// <summary>Exact largest value in microseconds (0 when empty).</summary>
    public long MaxMicroseconds { get; }

    /// <summary>Exact smallest value (zero when empty).</summary>
    public TimeSpan Min => TimeSpan.FromMicroseconds(MinMicroseconds);

    /// <summary>Exact largest value (zero when empty).</summary>
    public TimeSpan Max => TimeSpan.FromMicroseconds(MaxMicroseconds);

    /// <summary>Exact mean (zero when empty).</summary>
    public TimeSpan Mean => TimeSpan.FromMicroseconds(MeanMicroseconds);

    /// <summary>Exact mean in microseconds (zero when empty).</summary>
    public double MeanMicroseconds => Count == 0 ? 0 : (double)SumMicroseconds / Count;

    /// <summary>Population standard deviation estimated from bucket midpoints around the exact mean.</summary>
    public TimeSpan StdDev => TimeSpan.FromMicroseconds(StdDevMicroseconds);

    /// <summary>Population standard deviation in microseconds, from bucket midpoints.</summary>
    public double StdDevMicroseconds
    {
        get
        {
            if (Count < 2)
            {
                return 0;
            }

            double mean = MeanMicroseconds;
            double sum = 0;
            for (int i = 0; i < _counts.Length; i++)
            {
                long c = _counts[i];
                if (c != 0)
                {
                    double d = Clamp(HistogramLayout.Representative(i)) - mean;
                    sum += d * d * c;
                }
            }

            return Math.Sqrt(sum / Count);
        }
    }

    /// <summary>The value at <paramref name="percentile"/> (0..100) as a duration.</summary>
    public TimeSpan Percentile(double percentile) => TimeSpan.FromMicroseconds(PercentileMicroseconds(percentile));

    /// <summary>
    /// The value at <paramref name="percentile"/> (0..100) in microseconds: the smallest recorded value
    /// such that at least that share of values is less or equal, reported at its bucket midpoint and
    /// clamped to the exact min/max. Returns 0 when empty.
    /// </summary>
    public double PercentileMicroseconds(double percentile)
    {
        if (double.IsNaN(percentile) || percentile < 0 || percentile > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "percentile must be between 0 and 100");
        }

        if (Count == 0)
        {
            return 0;
        }

        if (percentile == 0)
        {
            return MinMicroseconds;
        }

        if (percentile == 100)
        {
            return MaxMicroseconds;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * Count));
        long seen = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Clamp(HistogramLayout.Representative(i));
            }
        }

        return MaxMicroseconds;
    }

    /// <summary>Counts of values per display range: values at or below each bound, then the rest.</summary>
    /// <param name="boundsMicroseconds">Ascending upper bounds in microseconds.</param>
    /// <returns>An array one longer than <paramref name="boundsMicroseconds"/>.</returns>
    public long[] CountBelow(IReadOnlyList<long> boundsMicroseconds)
    {
        ArgumentNullException.ThrowIfNull(boundsMicroseconds);
        var result = new long[boundsMicroseconds.Count + 1];
        for (int i = 0; i < _counts.Length; i++)
        {
            long c = _counts[i];
            if (c == 0)
            {
                continue;
            }

            double v = HistogramLayout.Representative(i);
            int slot = 0;
            while (slot < boundsMicroseconds.Count && v > boundsMicroseconds[slot])
            {
                slot++;
            }

            result[slot] += c;
        }

        return result;
    }

    /// <summary>The non-empty buckets as (lower bound µs, upper bound µs exclusive, count), ascending.</summary>
    public IEnumerable<(long LowerMicroseconds, long UpperMicroseconds, long Count)> Buckets()
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] != 0)
            {
                long lower = HistogramLayout.LowerBound(i);
                yield return (lower, lower + HistogramLayout.Width(i), _counts[i]);
            }
        }
    }

    /// <summary>Exact merge: counts and sums add, min/max combine.</summary>
    public HistogramSnapshot Merge(HistogramSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var counts = new long[_counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = _counts[i] + other._counts[i];
        }

        return new HistogramSnapshot(
            counts,
            Count + other.Count,
            SumMicroseconds + other.SumMicroseconds,
            Math.Min(MinMicroseconds, other.MinMicroseconds),
            Math.Max(MaxMicroseconds, other.MaxMicroseconds));
    }

    /// <summary>Exact merge of any number of snapshots.</summary>
    public static HistogramSnapshot Merge(IEnumerable<HistogramSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        HistogramSnapshot? single = null;
        long[]? counts = null;
        long count = 0, sum = 0, min = long.MaxValue, max = long.MinValue;
        foreach (var s in snapshots)
        {
            if (s.Count == 0)
            {
                continue;
            }

            // One accumulator for the whole merge: merging a timeline's worth of intervals allocates one array, not one per pair.
            if (single is null && counts is null)
            {
                single = s;
            }
            else
            {
                if (counts is null)
                {
                    counts = (long[])single!._counts.Clone();
                    single = null;
                }

                for (int i = 0; i < counts.Length; i++)
                {
                    counts[i] += s._counts[i];
                }
            }

            count += s.Count;
            sum += s.SumMicroseconds;
            min = Math.Min(min, s.MinMicroseconds);
            max = Math.Max(max, s.MaxMicroseconds);
        }

        return counts is null ? single ?? Empty : new HistogramSnapshot(counts, count, sum, min, max);
    }

    /// <summary>
    /// The values recorded between <paramref name="earlier"/> and this snapshot, both taken of the same histogram: counts
    /// and sum subtract exactly; min and max are not kept by a histogram per interval, so they are the bounds of the
    /// lowest and highest bucket that gained values (within 1%, and within this snapshot's exact min and max).
    /// </summary>
    /// <param name="earlier">An earlier snapshot of the same histogram.</param>
    /// <returns>The interval's values; <see cref="Empty"/> when nothing was recorded in between.</returns>
    public HistogramSnapshot Since(HistogramSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (Count <= earlier.Count)
        {
            return Empty;
        }

        if (earlier.Count == 0)
        {
            return this;
        }

        var counts = new long[_counts.Length];
        long total = 0;
        int first = -1, last = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            // A recording racing with the earlier copy may show in its bucket there and not in its neighbour; never negative.
            long c = Math.Max(0, _counts[i] - earlier._counts[i]);
            if (c == 0)
            {
                continue;
            }

            counts[i] = c;
            total += c;
            first = first < 0 ? i : first;
            last = i;
        }

        if (total == 0)
        {
            return Empty;
        }

        long min = Math.Clamp(HistogramLayout.LowerBound(first), MinMicroseconds, MaxMicroseconds);
        long max = Math.Clamp(HistogramLayout.LowerBound(last) + HistogramLayout.Width(last) - 1, min, MaxMicroseconds);
        long sum = Math.Max(0, SumMicroseconds - earlier.SumMicroseconds);
        return new HistogramSnapshot(counts, total, sum, min, max);
    }

    /// <summary>The compact serialized form (sparse index/count pairs) stored in report.json.</summary>
    public HistogramData ToData() => new()
    {
        Count = Count,
        SumUs = SumMicroseconds,
        MinUs = MinMicroseconds,
        MaxUs = MaxMicroseconds,
        Buckets = BucketCodec.Encode(_counts),
    };

    /// <summary>Rebuilds a snapshot from its serialized form.</summary>
    /// <exception cref="FormatException">The data does not describe a valid histogram; the message names the field.</exception>
    public static HistogramSnapshot FromData(HistogramData? data)
    {
        if (data is null || (data.Count == 0 && string.IsNullOrEmpty(data.Buckets)))
        {
            return Empty;
        }

        if (data.SubBucketBits != HistogramLayout.SubBucketBits)
        {
            throw new FormatException($"histogram.sub_bucket_bits is {data.SubBucketBits}, expected {HistogramLayout.SubBucketBits}");
        }

        var counts = new long[HistogramLayout.BucketCount];
        long total = BucketCodec.Decode(data.Buckets ?? "", counts);
        if (total != data.Count)
        {
            throw new FormatException($"histogram.count is {data.Count} but the buckets hold {total} values");
        }

        if (total > 0 && (data.MinUs > data.MaxUs || data.MinUs < 0))
        {
            throw new FormatException($"histogram.min_us {data.MinUs} and max_us {data.MaxUs} are not a valid range");
        }

        return new HistogramSnapshot(counts, total, data.SumUs, data.MinUs, data.MaxUs);
    }

    /// <summary>
    /// Exact merge of serialized histograms, decoded into one accumulator (what <see cref="FromData(HistogramData?)"/> and
    /// <see cref="Merge(IEnumerable{HistogramSnapshot})"/> would give, without a bucket array per histogram). Null or empty
    /// entries count as empty.
    /// </summary>
    /// <exception cref="FormatException">An entry does not describe a valid histogram; the message names the field.</exception>
    public static HistogramSnapshot MergeData(IEnumerable<HistogramData?> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long[]? counts = null;
        long count = 0, sum = 0, min = long.MaxValue, max = long.MinValue;
        foreach (var d in data)
        {
            if (d is null || (d.Count == 0 && string.IsNullOrEmpty(d.Buckets)))
            {
                continue;
            }

            if (d.SubBucketBits != HistogramLayout.SubBucketBits)
            {
                throw new FormatException($"histogram.sub_bucket_bits is {d.SubBucketBits}, expected {HistogramLayout.SubBucketBits}");
            }

            counts ??= new long[HistogramLayout.BucketCount];
            long total = BucketCodec.Decode(d.Buckets ?? "", counts);
            if (total != d.Count)
            {
                throw new FormatException($"histogram.count is {d.Count} but the buckets hold {total} values");
            }

            if (total == 0)
            {
                continue;
            }

            if (d.MinUs > d.MaxUs || d.MinUs < 0)
            {
                throw new FormatException($"histogram.min_us {d.MinUs} and max_us {d.MaxUs} are not a valid range");
            }

            count += total;
            sum += d.SumUs;
            min = Math.Min(min, d.MinUs);
            max = Math.Max(max, d.MaxUs);
        }

        return counts is null || count == 0 ? Empty : new HistogramSnapshot(counts, count, sum, min, max);
    }

    private double Clamp(double v) => Math.Clamp(v, MinMicroseconds, MaxMicroseconds);
}
