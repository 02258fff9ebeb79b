using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatSwarm.EndToEnd.Tests.Signals;

/// <summary>
/// SIGTERM, SIGINT and SIGQUIT sent to a real chatswarm process: the first ends the chats and writes every report
/// within a bounded time, a second stops at once and still writes them; simulate and bot stop too.
/// </summary>
public sealed class SignalEndToEndTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(ChildProcess.SigTerm)]
    [InlineData(ChildProcess.SigInt)]
    [InlineData(ChildProcess.SigQuit)]
    public async Task Run_FirstSignal_EndsTheChatsWritesEveryReportAndExits(int signal)
    {
        using var child = StartConstantRun();
        var folder = await RunFolderAsync(child);
        await child.WaitUntilAsync(c => Regex.IsMatch(c.Out, @"sessions [1-4]/4 "), StartTimeout, "customers in progress");

        child.Signal(signal);
        var took = await child.WaitForExitAsync(ExitTimeout);

        Assert.True(child.ExitCode is 0 or 1, $"exit {child.ExitCode} after {took}; out: {child.Out}; err: {child.Error}");
        Assert.Contains("Stopped: interrupted", child.Out, StringComparison.Ordinal);
        Assert.Contains("ending ", child.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(folder, "report.*").Length);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() > 0, child.Out);
    }

    [Fact]
    public async Task Run_SecondSignal_StopsAtOnceAndStillWritesEveryReport()
    {
        using var child = StartConstantRun();
        var folder = await RunFolderAsync(child);
        await child.WaitUntilAsync(c => Regex.IsMatch(c.Out, @"sessions [1-4]/4 "), StartTimeout, "customers in progress");

        // Back to back (a graceful stop of four chats can finish before a later signal arrives); two different signals,
        // because the kernel merges a pending signal with another of the same kind.
        child.Signal(ChildProcess.SigTerm);
        child.Signal(ChildProcess.SigInt);
        await child.WaitForExitAsync(ExitTimeout);

        Assert.Contains("Stopping (SIG", child.Error, StringComparison.Ordinal);
        Assert.Contains("Stopping at once (SIG", child.Error, StringComparison.Ordinal);
        Assert.Contains("Stopped: stopped at once", child.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(folder, "report.*").Length);
    }

    [Theory]
    [InlineData(ChildProcess.SigTerm)]
    [InlineData(ChildProcess.SigInt)]
    [InlineData(ChildProcess.SigQuit)]
    public async Task Simulate_Signal_StopsTheServerWithExitCode0(int signal)
    {
        using var child = ChildProcess.Start("simulate", "--urls", "http://127.0.0.1:0");
        await child.WaitUntilAsync(c => c.Out.Contains("Simulator listening on", StringComparison.Ordinal), StartTimeout, "listening");

        child.Signal(signal);
        await child.WaitForExitAsync(ExitTimeout);

        Assert.Equal(0, child.ExitCode);
        Assert.Contains("Simulator stopped.", child.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_Sigterm_EndsTheConversationPrintsTheSummaryAndExits()
    {
        using var child = ChildProcess.Start("bot", "bots/greeting-and-question.yaml", "--timeout", "5m");
        await child.WaitUntilAsync(c => c.Out.Contains("Running greeting-and-question", StringComparison.Ordinal), StartTimeout, "start");
        var before = child.Out.Length;

        child.Signal(ChildProcess.SigTerm);
        await child.WaitForExitAsync(ExitTimeout);

        Assert.True(child.ExitCode is 0 or 1, $"exit {child.ExitCode}; out: {child.Out}; err: {child.Error}");
        Assert.True(child.Out.Length > before, "nothing printed after the signal: " + child.Out);
    }

    /// <summary>Four customers from the first second for five minutes: a signal always finds chats to end.</summary>
    private static ChildProcess StartConstantRun()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "bots", "greeting-and-question.yaml");
        var profile = $"name: signals\nphases:\n  - constant: {{sessions: 4, duration: 5m}}\nmix:\n  - {{script: \"{script}\", weight: 1}}\ngrace_period: 10s\n";
        return ChildProcess.Start(new Dictionary<string, string> { ["signals.yaml"] = profile }, "run", "signals.yaml", "--seed", "3");
    }

    private static async Task<string> RunFolderAsync(ChildProcess child)
    {
        var reports = Path.Combine(child.Directory, "reports");
        await child.WaitUntilAsync(_ => Directory.Exists(reports) && Directory.GetDirectories(reports).Length == 1, StartTimeout, "the run folder");
        return Directory.GetDirectories(reports)[0];
    }
}
