using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class HintAdvisorTests
{
    private static readonly RunReport Clean = new()
    {
        Run = new RunInfo { Id = "r", DurationS = 10 },
        Sessions = new SessionStats { Started = 10, Completed = 10 },
        Steps = [new StepStats { Name = "send_events", Ok = 1000 }],
    };

    [Fact]
    public void Advise_CleanRun_NoHints()
    {
        Assert.Empty(Hints(Clean));
    }

    [Fact]
    public void Advise_Many5001_TenantSaturated()
    {
        var report = Clean with { Steps = [new StepStats { Name = "request_chat", Ok = 100, Fail = 50 }], Errors = [Error(5001, 50)] };

        var hint = Assert.Single(Hints(report), h => h.Text.Contains("5001", StringComparison.Ordinal));

        Assert.Contains("the tenant is saturated", hint.Text, StringComparison.Ordinal);
        Assert.Equal(HintSeverity.Problem, hint.Severity);
    }

    [Fact]
    public void Advise_Any5509_ClientsPolledConcurrently()
    {
        var report = Clean with { Errors = [Error(5509, 1)] };

        Assert.Contains(Hints(report), h => h.Text.Contains("clients polled concurrently", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_RestartsWithoutCompletion_BackoffTooShort()
    {
        var report = Clean with { Sessions = new SessionStats { Started = 10, Completed = 0, Restarts = 30 } };

        Assert.Contains(Hints(report), h => h.Text.Contains("backoff is too short", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_AbandonedSessions_RaiseTheGracePeriod()
    {
        var report = Clean with { Sessions = new SessionStats { Started = 10, Completed = 7, Abandoned = 3 } };

        var hint = Assert.Single(Hints(report), h => h.Text.StartsWith("3 session(s) were still open", StringComparison.Ordinal));

        Assert.Contains("grace_period", hint.Text, StringComparison.Ordinal);
        Assert.Equal(HintSeverity.Warning, hint.Severity);
    }

    [Fact]
    public void Advise_FailedThreshold_Reported()
    {
        var report = Clean with { Thresholds = [new ThresholdResult { Expression = "p95 < 1s", Held = false }] };

        Assert.Contains(Hints(report), h => h.Text == "1 of 1 thresholds failed.");
    }

    private static IReadOnlyList<Hint> Hints(RunReport report) => new ReportFacts(report, ReportWriterOptions.Default).Hints;

    private static ErrorStats Error(int code, long count) => new() { Step = "request_chat", Code = code, Name = "n", Message = "m", Count = count };
}
