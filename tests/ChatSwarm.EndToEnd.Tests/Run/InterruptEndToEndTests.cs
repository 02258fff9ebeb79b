using System.Diagnostics;
using System.Text.Json;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>Ctrl+C semantics through the entry point: the first press ends chats and reports, the second stops at once and still reports.</summary>
public sealed class InterruptEndToEndTests
{
    [Fact]
    public async Task Run_FirstCtrlC_EndsEveryChatAndWritesEveryReport()
    {
        using var stopGracefully = new CancellationTokenSource();
        using var run = new CliRun();
        var running = run.InvokeAsync(stopGracefully.Token, CancellationToken.None, "run", "--duration", "2m", "--sessions", "6");

        // Ctrl+C once every customer is chatting (the constant phase), however long start-up took on this machine.
        await run.WaitForOutputAsync("phase 2/3", TimeSpan.FromSeconds(60));
        var watch = Stopwatch.StartNew();
        await stopGracefully.CancelAsync();
        await running;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        Assert.Contains("Stopped: interrupted (Ctrl+C)", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(run.RunFolder, "report.*").Length);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        var sessions = report.RootElement.GetProperty("sessions");
        Assert.True(sessions.GetProperty("started").GetInt64() > 0, run.Out + run.Error);
        Assert.Equal(0, sessions.GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task Run_SecondCtrlC_StopsAtOnceAndStillWritesEveryReport()
    {
        using var stop = new CancellationTokenSource();
        using var run = new CliRun();
        var running = run.InvokeAsync(stop.Token, stop.Token, "run", "--duration", "2m", "--sessions", "6");

        await run.WaitForOutputAsync("phase 2/3", TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await running;

        Assert.Contains("Stopped: stopped at once (Ctrl+C twice)", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(run.RunFolder, "report.*").Length);
    }
}
