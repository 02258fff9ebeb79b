using System.Numerics;

namespace ChatSwarm.Reports.Histograms;

/// <summary>
/// The fixed log-linear bucket layout shared by every histogram: values below 256 µs get one bucket
/// per microsecond, above that each power of two is split into 128 equal buckets, so a bucket is at
/// most 1/128 (0.78%) of its value wide and its midpoint is within 0.4% of any value it holds.
/// </summary>
internal static class HistogramLayout
{
    /// <summary>Bits of linear resolution; 2^8 = 256 sub-buckets, half of them used per octave.</summary>
    public const int SubBucketBits = 8;

    /// <summary>Largest recordable value: one hour in microseconds; larger values are clamped.</summary>
    public const long MaxValueMicroseconds = 3_600_000_000L;

    private const long SubBucketCount = 1L << SubBucketBits;
    private const long SubBucketHalf = SubBucketCount / 2;

    /// <summary>Number of buckets needed to cover 0 .. <see cref="MaxValueMicroseconds"/>.</summary>
    public static readonly int BucketCount = IndexOf(MaxValueMicroseconds) + 1;

    /// <summary>Maps a value in microseconds (clamped to the range) to its bucket index.</summary>
    public static int IndexOf(long microseconds)
    {
        if (microseconds < SubBucketCount)
        {
            return microseconds <= 0 ? 0 : (int)microseconds;
        }

        if (microseconds > MaxValueMicroseconds)
        {
            microseconds = MaxValueMicroseconds;
        }

        int msb = 63 - BitOperations.LeadingZeroCount((ulong)microseconds);
        int shift = msb - (SubBucketBits - 1);
        long mantissa = microseconds >> shift;
        return (int)(SubBucketCount + ((msb - SubBucketBits) * SubBucketHalf) + (mantissa - SubBucketHalf));
    }

    /// <summary>Smallest value that maps to <paramref name="index"/>.</summary>
    public static long LowerBound(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }

        long offset = index - SubBucketCount;
        int octave = (int)(offset / SubBucketHalf);
        long mantissa = SubBucketHalf + (offset % SubBucketHalf);
        int shift = octave + 1;
        return mantissa << shift;
    }

    /// <summary>Width of bucket <paramref name="index"/> in microseconds.</summary>
    public static long Width(int index)
    {
        if (index < SubBucketCount)
        {
            return 1;
        }

        int octave = (int)((index - SubBucketCount) / SubBucketHalf);
        return 1L << (octave + 1);
    }

    /// <summary>The value reported for a bucket: exact below 256 µs, otherwise the bucket midpoint.</summary>
    public static double Representative(int index)
    {
        long width = Width(index);
        return width == 1 ? LowerBound(index) : LowerBound(index) + ((width - 1) / 2.0);
    }
}
