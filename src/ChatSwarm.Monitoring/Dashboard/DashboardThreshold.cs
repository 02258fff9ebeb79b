namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>A threshold's status on the metrics so far.</summary>
internal sealed record DashboardThreshold(string Expression, bool Held, string Display);
