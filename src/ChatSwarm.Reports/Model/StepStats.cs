using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Model;

/// <summary>Statistics of one API method (step).</summary>
public sealed record StepStats
{
    /// <summary>Step name, e.g. "request_chat"; default empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>Successful calls; default 0.</summary>
    public long Ok { get; init; }

    /// <summary>Failed calls; default 0.</summary>
    public long Fail { get; init; }

    /// <summary>Calls per second over the run duration; default 0.</summary>
    public double Rps { get; init; }

    /// <summary>Latency summary in milliseconds, derived from <see cref="Histogram"/>; default zero.</summary>
    public LatencyStats LatencyMs { get; init; } = new();

    /// <summary>Bytes received; default 0.</summary>
    public long BytesIn { get; init; }

    /// <summary>Bytes sent; default 0.</summary>
    public long BytesOut { get; init; }

    /// <summary>Serialized latency histogram so shards merge exactly; default empty.</summary>
    public HistogramData Histogram { get; init; } = new();

    /// <summary>Builds a step whose latency summary and rate derive from <paramref name="latency"/>.</summary>
    /// <param name="name">Step name.</param>
    /// <param name="ok">Successful calls.</param>
    /// <param name="fail">Failed calls.</param>
    /// <param name="bytesIn">Bytes received.</param>
    /// <param name="bytesOut">Bytes sent.</param>
    /// <param name="latency">Latency of all calls.</param>
    /// <param name="durationSeconds">Run duration used for the rate; rate is 0 when not positive.</param>
    public static StepStats Create(string name, long ok, long fail, long bytesIn, long bytesOut, HistogramSnapshot latency, double durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(latency);
        return new StepStats
        {
            Name = name,
            Ok = ok,
            Fail = fail,
            Rps = durationSeconds > 0 ? Math.Round((ok + fail) / durationSeconds, 3) : 0,
            LatencyMs = LatencyStats.From(latency),
            BytesIn = bytesIn,
            BytesOut = bytesOut,
            Histogram = latency.ToData(),
        };
    }
}
