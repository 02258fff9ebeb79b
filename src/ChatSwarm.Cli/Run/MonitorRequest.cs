using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Run;

/// <summary>Validated live-export settings of a run: the monitor's options (thresholds and profile name filled in later) and the linger time.</summary>
/// <param name="Options">What to export.</param>
/// <param name="Linger">How long the endpoints stay up after the report is written.</param>
internal sealed record MonitorRequest(MonitoringOptions Options, TimeSpan Linger);
