namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>Failed calls of one step and code; <see cref="Message"/> is untrusted server text.</summary>
internal sealed record DashboardError(string Step, int Code, string Name, string Message, long Count);
