using ChatSwarm.Testing.Browser;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Monitoring.Tests.Support;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;
using Microsoft.Playwright;

namespace ChatSwarm.Monitoring.Tests.Dashboard;

/// <summary>The live dashboard in Debian's chromium: updates while a run goes, links the report at the end, never runs server text.</summary>
public sealed class DashboardBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Open_DuringRun_ValuesChangeAndTheEndLinksTheReport()
    {
        var options = new MonitoringOptions
        {
            WebListen = new ListenAddress("127.0.0.1", 0),
            Thresholds = [Threshold.Parse("zero(5509)")],
        };
        await using var run = await MonitoredRun.StartAsync(options, TimeSpan.FromSeconds(5));
        var url = run.Monitor.DashboardUrl!;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, url);

        await page.GotoAsync(url.AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.getElementById('requests').textContent !== '0'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var first = await page.TextContentAsync("#requests");
        await page.WaitForFunctionAsync("v => document.getElementById('requests').textContent !== v", first, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.False(run.Run.IsCompleted, "the dashboard should change while the run goes");
        Assert.Equal("running", await page.TextContentAsync("#status"));
        Assert.True(await page.Locator("#steps tr").CountAsync() > 0);
        Assert.Contains("get_new_chat_events", await page.Locator("#legend-latency").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("held", await page.Locator("#thresholds").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await CanvasHasInkAsync(page, "chart-sessions"), "the sessions chart draws nothing");
        Assert.True(await page.Locator("#report-link").IsHiddenAsync());

        var result = await run.Run.WaitAsync(TimeSpan.FromSeconds(60));
        var files = await ReportWriter.WriteAllAsync(result.Report, Directory.CreateTempSubdirectory("chatswarm-dashboard-").FullName, null, CancellationToken.None);
        run.Monitor.RunFinished(files.Html);

        await page.Locator("#report-link").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        Assert.Equal("finished", await page.TextContentAsync("#status"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(chromium.ArtifactDirectory, "dashboard.png"), FullPage = true });
        var reportResponse = page.WaitForResponseAsync(r => r.Url.EndsWith("/report", StringComparison.Ordinal));
        await page.Locator("#report-link").ClickAsync();
        var report = await reportResponse;
        await page.WaitForURLAsync(new Uri(url, "report").AbsoluteUri);
        Assert.Equal(200, report.Status);
        Assert.Equal(new Uri(url, "report").AbsoluteUri, page.Url);
        Assert.Contains("text/html", report.Headers["content-type"], StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Open_MarkupInServerText_ShownAsTextNotExecuted()
    {
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions { WebListen = new ListenAddress("127.0.0.1", 0) }, CancellationToken.None);
        const string message = "<img src=x onerror=\"window.__xss=1\">";
        const string script = "<script>window.__xss=2</script>";
        const string phase = "<svg onload=\"window.__xss=3\"></svg>";
        var counts = new long[Enum.GetValues<BotCounter>().Length];
        counts[(int)BotCounter.ConversationStarted] = 4;
        monitor.OnProgress(new SwarmProgress(
            TimeSpan.FromSeconds(3),
            TimeSpan.FromSeconds(10),
            0,
            phase,
            5,
            null,
            5,
            false,
            new MetricsSnapshot
            {
                Errors = [new ErrorCount("send_events", 5500, "<b>bold</b>", message, 3)],
                Bots = [new BotScriptSnapshot(script, counts)],
            }));

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, monitor.DashboardUrl!);
        await page.GotoAsync(monitor.DashboardUrl!.AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.getElementById('errors').textContent.indexOf('onerror') >= 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal(0, await page.Locator("main img, main b, main script, header svg").CountAsync());
        Assert.Contains(message, await page.Locator("#errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", await page.Locator("#errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(script, await page.Locator("#bots").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(phase, await page.Locator("#phase").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    private static Task<bool> CanvasHasInkAsync(IPage page, string id) => page.EvaluateAsync<bool>(
        """
        id => {
          const c = document.getElementById(id);
          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) { return true; } }
          return false;
        }
        """,
        id);
}
