using System.Diagnostics;
using System.Text.Json;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>Ctrl+C semantics through the entry point: the first press ends chats and reports, the second stops at once and still reports.</summary>
public sealed class InterruptEndToEndTests
{
    [Fact]
    public async Task Run_FirstCtrlC_EndsEveryChatAndWritesEveryReport()
    {
        var watch = Stopwatch.StartNew();

        using var run = new CliRun();

        // A constant phase starts every customer at once, so the stop always finds chats to end.
        var script = Path.Combine(AppContext.BaseDirectory, "bots", "greeting-and-question.yaml");
        await File.WriteAllTextAsync(
            Path.Combine(run.Directory, "constant.yaml"),
            $"name: constant\nphases:\n  - constant: {{sessions: 6, duration: 2m}}\nmix:\n  - {{script: \"{script}\", weight: 1}}\n");
        await run.InvokeAndStopWhenAsync(output => System.Text.RegularExpressions.Regex.IsMatch(output, @"sessions [1-6]/6 "), "run", "constant.yaml");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(45), $"took {watch.Elapsed}");
        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        Assert.Contains("Stopped: interrupted (Ctrl+C or SIGTERM)", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(run.RunFolder, "report.*").Length);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        var sessions = report.RootElement.GetProperty("sessions");
        Assert.True(sessions.GetProperty("started").GetInt64() > 0, run.Out + run.Error);
        Assert.Equal(0, sessions.GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task Run_SecondCtrlC_StopsAtOnceAndStillWritesEveryReport()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        using var run = await new CliRun().InvokeAsync(stop.Token, stop.Token, "run", "--duration", "2m", "--sessions", "6");

        Assert.Contains("Stopped: stopped at once (Ctrl+C or SIGTERM twice)", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(run.RunFolder, "report.*").Length);
    }
}
