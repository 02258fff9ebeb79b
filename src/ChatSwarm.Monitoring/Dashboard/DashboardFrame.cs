namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>One second of the live dashboard, sent to browsers as a server-sent event (latencies in milliseconds).</summary>
internal sealed record DashboardFrame
{
    public required string Profile { get; init; }

    public double Elapsed { get; init; }

    public double Planned { get; init; }

    public int PhaseIndex { get; init; }

    public required string Phase { get; init; }

    public int? Target { get; init; }

    public double? ArrivalRate { get; init; }

    public long Active { get; init; }

    public long Peak { get; init; }

    public long Started { get; init; }

    public long Queued { get; init; }

    public long Connected { get; init; }

    public long Completed { get; init; }

    public long Failed { get; init; }

    public long Restarts { get; init; }

    public long Requests { get; init; }

    public long FailedRequests { get; init; }

    public double RequestsPerSecond { get; init; }

    public long ConcurrentPollErrors { get; init; }

    public required IReadOnlyList<DashboardLatency> Steps { get; init; }

    public required IReadOnlyList<DashboardLatency> Chat { get; init; }

    public required IReadOnlyList<DashboardError> Errors { get; init; }

    public required IReadOnlyList<DashboardThreshold> Thresholds { get; init; }

    public required IReadOnlyList<DashboardBot> Bots { get; init; }

    public bool Stopping { get; init; }

    public bool Finished { get; init; }

    public string? Report { get; init; }
}
