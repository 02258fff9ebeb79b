namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>A step's or chat measure's count and percentiles since the run started, in milliseconds.</summary>
internal sealed record DashboardLatency(string Name, long Count, long Failed, double P50, double P95, double P99);
