using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Model;

/// <summary>One sample interval of the run, ending <see cref="T"/> seconds after the start.</summary>
public sealed record TimelinePoint
{
    /// <summary>Seconds since the run started; default 0.</summary>
    public double T { get; init; }

    /// <summary>Sessions active at the sample; default 0.</summary>
    public long ActiveSessions { get; init; }

    /// <summary>Requests completed in the interval (ok and failed); default 0.</summary>
    public long Requests { get; init; }

    /// <summary>Requests per second in the interval; default 0.</summary>
    public double Rps { get; init; }

    /// <summary>Failed requests in the interval; default 0.</summary>
    public long Errors { get; init; }

    /// <summary>Failed requests in the interval per API error code; default empty.</summary>
    public IReadOnlyDictionary<int, long> ErrorsByCode { get; init; } = new Dictionary<int, long>();

    /// <summary>Median latency in the interval, ms; default 0.</summary>
    public double P50Ms { get; init; }

    /// <summary>95th percentile latency in the interval, ms; default 0.</summary>
    public double P95Ms { get; init; }

    /// <summary>99th percentile latency in the interval, ms; default 0.</summary>
    public double P99Ms { get; init; }

    /// <summary>Sessions started in the interval; default 0 (also in reports written before it was recorded).</summary>
    public long SessionStarts { get; init; }

    /// <summary>Sessions that ended in the interval (customers that stopped for good, however they ended); default 0.</summary>
    public long SessionEnds { get; init; }

    /// <summary>Customer restarts in the interval; default 0.</summary>
    public long Restarts { get; init; }

    /// <summary>Optional interval histogram; when every shard carries it, merged percentiles are exact; default null.</summary>
    public HistogramData? Histogram { get; init; }

    /// <summary>
    /// Sessions the plan asked this run to hold active at the sample (closed model; a worker's share in a split run); default
    /// null: an arrival-rate phase, the run's stop, or a report written before it was recorded.
    /// </summary>
    public long? PlannedSessions { get; init; }

    /// <summary>
    /// Sessions per second the plan asked this run to start at the sample (open model; a worker's share in a split run);
    /// default null: a closed phase, the run's stop, or a report written before it was recorded.
    /// </summary>
    public double? PlannedArrivalRate { get; init; }

    /// <summary>
    /// Latency per step (API method name) in the interval, for the steps called in it; default null (reports written before it
    /// was recorded). Long polls are included here under their own step.
    /// </summary>
    public IReadOnlyDictionary<string, IntervalLatency>? Steps { get; init; }

    /// <summary>
    /// Chat experience in the interval per measure (queue_wait, first_agent_message, reply_rtt, and poll_hold: how long the
    /// server held long polls), for the measures with values in it; default null (reports written before it was recorded).
    /// </summary>
    public IReadOnlyDictionary<string, IntervalLatency>? Chat { get; init; }
}
