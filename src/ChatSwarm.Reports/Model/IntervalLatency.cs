using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Model;

/// <summary>Latency of one step or chat measure within one timeline interval (milliseconds).</summary>
public sealed record IntervalLatency
{
    /// <summary>Values recorded in the interval; default 0.</summary>
    public long Count { get; init; }

    /// <summary>Median in the interval, ms; default 0.</summary>
    public double P50Ms { get; init; }

    /// <summary>95th percentile in the interval, ms; default 0.</summary>
    public double P95Ms { get; init; }

    /// <summary>99th percentile in the interval, ms; default 0.</summary>
    public double P99Ms { get; init; }

    /// <summary>The interval's histogram, so merged shards get exact percentiles; default null (then merges weigh by count).</summary>
    public HistogramData? Histogram { get; init; }

    /// <summary>The interval's percentiles and histogram from a histogram of its values.</summary>
    /// <param name="histogram">What the interval recorded.</param>
    /// <returns>The interval latency (all zero, no histogram, when empty).</returns>
    public static IntervalLatency Of(HistogramSnapshot histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return histogram.Count == 0 ? new IntervalLatency() : new IntervalLatency
        {
            Count = histogram.Count,
            P50Ms = Ms(histogram.PercentileMicroseconds(50)),
            P95Ms = Ms(histogram.PercentileMicroseconds(95)),
            P99Ms = Ms(histogram.PercentileMicroseconds(99)),
            Histogram = histogram.ToData(),
        };
    }

    private static double Ms(double microseconds) => Math.Round(microseconds / 1000.0, 3);
}
