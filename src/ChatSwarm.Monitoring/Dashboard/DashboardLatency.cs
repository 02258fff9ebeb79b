namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>
/// A step's or chat measure's count since the run started, and its percentiles in milliseconds over the last timeline
/// points (normally the last ten seconds), with how many values that window holds.
/// </summary>
internal sealed record DashboardLatency(string Name, long Count, long Failed, double P50, double P95, double P99, long Recent);
