using ChatSwarm.Reports.Model;
using SwarmThresholdResult = ChatSwarm.Swarm.Thresholds.ThresholdResult;

namespace ChatSwarm.Swarm.Running;

/// <summary>What a run produced: the report (always, even for partial runs), threshold results and how it ended.</summary>
public sealed record SwarmRunResult
{
    /// <summary>The run's report, ready for <c>ReportWriter</c>.</summary>
    public required RunReport Report { get; init; }

    /// <summary>The thresholds as evaluated at the end.</summary>
    public required IReadOnlyList<SwarmThresholdResult> Thresholds { get; init; }

    /// <summary>True when the run stopped before its plan ended (setup failure, threshold abort, Ctrl+C).</summary>
    public bool StoppedEarly { get; init; }

    /// <summary>Why it stopped early, e.g. <c>most customers failed with 3000 invalid_application: check --app-id</c>; null otherwise.</summary>
    public string? StopReason { get; init; }

    /// <summary>True when Ctrl+C (graceful or immediate) ended the run.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The exit code: see <see cref="SwarmExitCode"/>.</summary>
    public int ExitCode { get; init; }

    /// <summary>Customers that were still alive when the run stopped waiting for them (grace period spent, or stopped at once).</summary>
    public long CustomersAbandoned { get; init; }
}
