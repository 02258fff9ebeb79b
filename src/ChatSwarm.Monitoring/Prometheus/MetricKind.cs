namespace ChatSwarm.Monitoring.Prometheus;

/// <summary>A metric's Prometheus type.</summary>
public enum MetricKind
{
    /// <summary>A value that only goes up (name ends in <c>_total</c>).</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>A classic histogram: <c>_bucket{le}</c>, <c>_sum</c>, <c>_count</c>.</summary>
    Histogram,
}
