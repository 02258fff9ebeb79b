namespace ChatSwarm.Monitoring.Prometheus;

/// <summary>One exported metric: its Prometheus name and type, its OpenTelemetry instrument name and unit, its labels.</summary>
/// <param name="Name">The Prometheus name, e.g. chatswarm_requests_total.</param>
/// <param name="Kind">The Prometheus type.</param>
/// <param name="OtelName">The OpenTelemetry instrument name, e.g. chatswarm.requests.</param>
/// <param name="Unit">The UCUM unit of the instrument, e.g. s or {request}.</param>
/// <param name="Labels">The labels besides worker, comma separated (empty when none).</param>
/// <param name="Help">One line saying what it counts.</param>
public sealed record MetricInfo(string Name, MetricKind Kind, string OtelName, string Unit, string Labels, string Help);
