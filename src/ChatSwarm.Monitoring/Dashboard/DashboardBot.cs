namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>A bot script's main results.</summary>
internal sealed record DashboardBot(string Script, long Started, long Completed, long ExpectationsFailed);
