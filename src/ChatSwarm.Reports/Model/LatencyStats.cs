using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Model;

/// <summary>A latency summary in milliseconds (rounded to the microsecond).</summary>
public sealed record LatencyStats
{
    /// <summary>Number of values; default 0.</summary>
    public long Count { get; init; }

    /// <summary>Smallest value; default 0.</summary>
    public double Min { get; init; }

    /// <summary>Mean; default 0.</summary>
    public double Mean { get; init; }

    /// <summary>Largest value; default 0.</summary>
    public double Max { get; init; }

    /// <summary>Population standard deviation; default 0.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("stddev")]
    public double StdDev { get; init; }

    /// <summary>Median; default 0.</summary>
    public double P50 { get; init; }

    /// <summary>75th percentile; default 0.</summary>
    public double P75 { get; init; }

    /// <summary>95th percentile; default 0.</summary>
    public double P95 { get; init; }

    /// <summary>99th percentile; default 0.</summary>
    public double P99 { get; init; }

    /// <summary>99.9th percentile; default 0.</summary>
    public double P999 { get; init; }

    /// <summary>Summarizes a histogram snapshot.</summary>
    public static LatencyStats From(HistogramSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new LatencyStats
        {
            Count = snapshot.Count,
            Min = Ms(snapshot.MinMicroseconds),
            Mean = Ms(snapshot.MeanMicroseconds),
            Max = Ms(snapshot.MaxMicroseconds),
            StdDev = Ms(snapshot.StdDevMicroseconds),
            P50 = Ms(snapshot.PercentileMicroseconds(50)),
            P75 = Ms(snapshot.PercentileMicroseconds(75)),
            P95 = Ms(snapshot.PercentileMicroseconds(95)),
            P99 = Ms(snapshot.PercentileMicroseconds(99)),
            P999 = Ms(snapshot.PercentileMicroseconds(99.9)),
        };
    }

    private static double Ms(double microseconds) => Math.Round(microseconds / 1000.0, 3);
}
