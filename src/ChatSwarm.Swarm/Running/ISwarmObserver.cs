using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Running;

/// <summary>Receives a run's progress (the live console, logs). Called from the runner's loop, never concurrently.</summary>
public interface ISwarmObserver
{
    /// <summary>About once a second: where the run is and the latest metrics.</summary>
    /// <param name="progress">The progress.</param>
    void OnProgress(SwarmProgress progress);

    /// <summary>Something worth a log line: a phase started, a threshold failed, the run is stopping.</summary>
    /// <param name="notice">The notice.</param>
    void OnNotice(SwarmNotice notice);
}

/// <summary>A run's state at one moment.</summary>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="PlannedDuration">The plan's total duration.</param>
/// <param name="PhaseIndex">The current phase, from 0.</param>
/// <param name="Phase">The current phase's description, or <c>stopping</c>.</param>
/// <param name="TargetSessions">The closed-model target, when the phase has one.</param>
/// <param name="ArrivalRate">The open-model arrival rate per second, when the phase has one.</param>
/// <param name="LiveCustomers">Customers alive now.</param>
/// <param name="Stopping">True once the run is ending its customers.</param>
/// <param name="Metrics">The metrics at this moment.</param>
public sealed record SwarmProgress(
    TimeSpan Elapsed,
    TimeSpan PlannedDuration,
    int PhaseIndex,
    string Phase,
    int? TargetSessions,
    double? ArrivalRate,
    long LiveCustomers,
    bool Stopping,
    MetricsSnapshot Metrics);

/// <summary>How important a notice is.</summary>
public enum SwarmNoticeLevel
{
    /// <summary>Progress worth logging.</summary>
    Information,

    /// <summary>Something went wrong but the run goes on (or stops as planned).</summary>
    Warning,

    /// <summary>The run stops because of it.</summary>
    Error,
}

/// <summary>A message for the log and console.</summary>
/// <param name="Level">How important it is.</param>
/// <param name="Message">One line of text (no secrets).</param>
public sealed record SwarmNotice(SwarmNoticeLevel Level, string Message);
