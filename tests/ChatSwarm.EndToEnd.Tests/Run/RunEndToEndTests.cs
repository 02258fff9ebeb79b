using System.Text.Json;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary><c>chatswarm run</c> through its entry point, against the embedded simulator, with short durations.</summary>
public sealed class RunEndToEndTests
{
    private static readonly string[] ReportFiles = ["report.json", "report.html", "report.csv", "report.md", "report.txt", "run.log"];

    [Fact]
    public async Task Run_DefaultProfileShortened_WritesAllFiveFormatsAndPrintsTheHtmlPath()
    {
        using var run = await new CliRun().InvokeAsync("run", "--duration", "4s", "--sessions", "6", "--seed", "3");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        foreach (var file in ReportFiles)
        {
            Assert.True(File.Exists(Path.Combine(run.RunFolder, file)), $"{file} missing in {run.RunFolder}");
        }

        Assert.Contains("Report: " + Path.Combine(run.RunFolder, "report.html"), run.Out, StringComparison.Ordinal);
        Assert.Matches(@"_smoke_[0-9a-f]{8}$", run.RunFolder);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() >= 6);
        Assert.Equal(0, report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
        var log = await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "run.log"));
        Assert.DoesNotContain("chatswarm-sim", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smoke")]
    [InlineData("ramp")]
    [InlineData("soak")]
    [InlineData("spike")]
    [InlineData("faults")]
    public async Task Run_ShippedProfileBriefly_CompletesWithoutConcurrentPollsAndReports(string profile)
    {
        using var run = await new CliRun().InvokeAsync("run", profile, "--duration", "5s", "--sessions", "8", "--seed", "5");

        // Short runs may miss a profile's own thresholds (exit 1); bad input or setup errors (2) must not happen.
        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() > 0, run.Out);
        Assert.Equal(0, report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
        Assert.Matches("_" + profile + "_[0-9a-f]{8}$", run.RunFolder);
    }

    [Fact]
    public async Task Run_WrongAppId_StopsBeforeAnyCustomerWithOneClearMessageAndExitCode2()
    {
        using var run = await new CliRun().InvokeAsync("run", "--app-id", "wrong-app", "--duration", "30s", "--sessions", "12");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "chatswarm run: the tenant refused the run's credentials with 3000 invalid_application: check --app-id (or CHATSWARM_APP_ID)",
            run.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(run.Directory, "reports")), "nothing ran, so no run folder");
        Assert.DoesNotContain("wrong-app", run.Out + run.Error, StringComparison.Ordinal);
    }
}
