namespace ChatSwarm.Reports.Rendering;

/// <summary>Turns error codes and counters into advice; rules key off the API's numeric error codes.</summary>
internal static class HintAdvisor
{
    public static List<Hint> Advise(ReportFacts facts)
    {
        var report = facts.Report;
        var hints = new List<Hint>();
        long Code(int code) => report.Errors.Where(e => e.Code == code).Sum(e => e.Count);
        long auth = report.Errors.Where(e => e.Code is >= 2000 and <= 2004).Sum(e => e.Count);

        long noServer = Code(5001);
        if (noServer > 0)
        {
            var severity = facts.Failed > 0 && noServer * 10 >= facts.Failed ? HintSeverity.Problem : HintSeverity.Warning;
            hints.Add(new(severity, $"{Format.Count(noServer)} × 5001 (no chat server available): the tenant is saturated; lower the arrival rate or add chat capacity."));
        }

        long concurrentPolls = Math.Max(Code(5509), report.Polls.ConcurrentPollErrors);
        if (concurrentPolls > 0)
        {
            hints.Add(new(HintSeverity.Problem, $"{Format.Count(concurrentPolls)} × 5509: clients polled concurrently for the same session; a session must have at most one poll in flight."));
        }

        if (report.Sessions.Restarts > 0 && report.Sessions.Restarts >= report.Sessions.Completed)
        {
            hints.Add(new(HintSeverity.Warning, $"{Format.Count(report.Sessions.Restarts)} restarts against {Format.Count(report.Sessions.Completed)} completed sessions: the restart backoff is too short, sessions retry before the tenant recovers."));
        }

        if (report.Sessions.Abandoned > 0)
        {
            hints.Add(new(HintSeverity.Warning, $"{Format.Count(report.Sessions.Abandoned)} session(s) were still open when the run stopped waiting for them (grace period spent, or stopped at once) and were abandoned on the tenant: raise the profile's grace_period, or check why ending a chat is slow (send_events latency)."));
        }

        if (Code(5000) > 0)
        {
            hints.Add(new(HintSeverity.Warning, $"{Format.Count(Code(5000))} × 5000: the chat server took too long to respond; it is overloaded or the poll timeout is too short."));
        }

        if (Code(5005) > 0 || Code(5004) > 0)
        {
            hints.Add(new(HintSeverity.Warning, $"{Format.Count(Code(5005) + Code(5004))} × 5004/5005: sessions were dropped by the server; check agent availability and session timeouts."));
        }

        if (Code(1000) > 0 || auth > 0 || Code(3000) > 0 || Code(5006) > 0)
        {
            hints.Add(new(HintSeverity.Problem, "Errors 1000/2000–2004/3000/5006: the target configuration is wrong; check tenantUrl, appId and clientId of the profile."));
        }

        if (Code(5501) > 0)
        {
            hints.Add(new(HintSeverity.Info, $"{Format.Count(Code(5501))} × 5501: uploaded files exceed the tenant's size limit."));
        }

        if (facts.Requests > 0 && facts.ErrorRate > facts.Options.ErrorRateHintThreshold)
        {
            hints.Add(new(HintSeverity.Warning, $"Error rate {Format.Percent(facts.ErrorRate)} is above {Format.Percent(facts.Options.ErrorRateHintThreshold)}."));
        }

        int failedThresholds = report.Thresholds.Count - facts.ThresholdsHeld;
        if (failedThresholds > 0)
        {
            hints.Add(new(HintSeverity.Problem, $"{failedThresholds} of {report.Thresholds.Count} thresholds failed."));
        }

        if (report.Sessions.Started > 0 && report.Sessions.Completed == 0)
        {
            hints.Add(new(HintSeverity.Problem, "No session completed: the chat flow never reached its end."));
        }

        return hints;
    }
}
