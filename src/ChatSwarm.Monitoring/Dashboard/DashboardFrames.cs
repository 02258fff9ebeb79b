using System.Text.Json;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Monitoring.Live;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>Turns a <see cref="LiveFrame"/> into the dashboard's JSON event.</summary>
internal static class DashboardFrames
{
    /// <summary>Where the dashboard serves the HTML report once written.</summary>
    public const string ReportPath = "/report";

    public static DashboardFrame From(LiveFrame frame, string profile)
    {
        var p = frame.Progress;
        var m = p.Metrics;
        return new DashboardFrame
        {
            Profile = profile,
            Elapsed = Math.Round(p.Elapsed.TotalSeconds, 3),
            Planned = p.PlannedDuration.TotalSeconds,
            PhaseIndex = p.PhaseIndex,
            Phase = p.Phase,
            Target = p.TargetSessions,
            ArrivalRate = p.ArrivalRate,
            Active = m.ActiveSessions,
            Peak = m.PeakSessions,
            Started = m.Sessions.Started,
            Queued = m.Sessions.Queued,
            Connected = m.Sessions.Connected,
            Completed = m.Sessions.Completed,
            Failed = m.Sessions.Failed,
            Restarts = m.Sessions.Restarts,
            Requests = m.TotalRequests,
            FailedRequests = m.FailedRequests,
            RequestsPerSecond = Math.Round(m.RequestsPerSecond, 2),
            ConcurrentPollErrors = m.ConcurrentPollErrors,
            Steps = m.Steps.Select(s => Latency(s.Name, s.Calls, s.Fail, m)).ToArray(),
            Chat =
            [
                Latency(StepNames.QueueWait, m.QueueWait.Count, 0, m),
                Latency(StepNames.FirstAgentMessage, m.FirstAgentMessage.Count, 0, m),
                Latency(StepNames.ReplyRtt, m.ReplyRtt.Count, 0, m),
                Latency(StepNames.PollHold, m.PollHold.Count, 0, m),
            ],
            Errors = m.Errors.Select(e => new DashboardError(e.Step, e.Code, e.Name, e.Message, e.Count)).ToArray(),
            Thresholds = frame.Thresholds.Select(t => new DashboardThreshold(t.Expression, t.Held, t.Display)).ToArray(),
            Bots = m.Bots.Select(b => new DashboardBot(b.Script, b.Count(BotCounter.ConversationStarted), b.Count(BotCounter.ConversationCompleted), b.Count(BotCounter.ExpectationFailed))).ToArray(),
            Stopping = p.Stopping,
            Finished = frame.Finished,
            Report = frame.ReportPath is null ? null : ReportPath,
        };
    }

    public static string Json(DashboardFrame frame) => JsonSerializer.Serialize(frame, DashboardJsonContext.Default.DashboardFrame);

    // Counts are since the start; percentiles cover the last timeline points only, so a slow minute early in a soak does not
    // hide how the run is doing now.
    private static DashboardLatency Latency(string name, long count, long failed, MetricsSnapshot m)
    {
        var recent = m.RecentLatency(name);
        return new(
            name,
            count,
            failed,
            Math.Round(recent.PercentileMicroseconds(50) / 1000, 2),
            Math.Round(recent.PercentileMicroseconds(95) / 1000, 2),
            Math.Round(recent.PercentileMicroseconds(99) / 1000, 2),
            recent.Count);
    }
}
