using ChatSwarm.Testing.Browser;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering.Html;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;
using Microsoft.Playwright;

namespace ChatSwarm.Reports.Tests.Browser;

public sealed class HtmlReportBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Open_FixedReport_EverySectionAndChartWithoutConsoleErrors()
    {
        var files = await ReportWriter.WriteAllAsync(SampleReports.Fixed(), Path.Combine(chromium.ArtifactDirectory, "fixed"), null, CancellationToken.None);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync(new Uri(files.Html).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        foreach (var id in HtmlReportRenderer.SectionIds)
        {
            Assert.True(await page.Locator($"section#{id}").IsVisibleAsync(), $"section #{id} is not visible");
        }

        foreach (var id in HtmlReportRenderer.ChartIds)
        {
            int marks = await page.Locator($"#{id} svg path.series, #{id} svg rect.bar").CountAsync();
            Assert.True(marks > 0, $"chart #{id} draws nothing");
        }

        Assert.Equal(SampleReports.Fixed().Steps.Count, await page.Locator("#steps tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(chromium.ArtifactDirectory, "report.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ClickHeader_StepTableP95Column_SortsRowsBothWays()
    {
        var files = await ReportWriter.WriteAllAsync(SampleReports.Fixed(), Path.Combine(chromium.ArtifactDirectory, "sort"), null, CancellationToken.None);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        await page.GotoAsync(new Uri(files.Html).AbsoluteUri);

        await page.Locator("#steps th", new PageLocatorOptions { HasText = "p95" }).First.ClickAsync();
        var ascending = await ColumnValues(page, 9);
        await page.Locator("#steps th", new PageLocatorOptions { HasText = "p95" }).First.ClickAsync();
        var descending = await ColumnValues(page, 9);

        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(ascending.OrderDescending(), descending);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Open_ScriptInServerStrings_ShownAsTextNotExecuted()
    {
        var report = SampleReports.Fixed();
        report = report with
        {
            Errors = [.. report.Errors, new ErrorStats { Step = "<script>window.__xss=3</script>", Code = 5500, Name = "<b>bold</b>", Message = SampleReports.XssMessage, Count = 1 }],
            Bots = [new BotStats { Script = "<img src=x onerror=\"window.__xss=4\">", Conversations = 1 }],
            Lifecycle = new Dictionary<string, long> { ["<svg onload=\"window.__xss=5\">"] = 1 },
        };
        var files = await ReportWriter.WriteAllAsync(report, Path.Combine(chromium.ArtifactDirectory, "xss"), null, CancellationToken.None);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync(new Uri(files.Html).AbsoluteUri);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal(0, await page.Locator("main b, main img, #bots svg, #lifecycle svg").CountAsync());
        string errorsText = await page.Locator("#errors").InnerTextAsync();
        Assert.Contains(SampleReports.XssMessage, errorsText, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", errorsText, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    private static async Task<List<double>> ColumnValues(IPage page, int column)
    {
        var values = await page.Locator($"#steps tbody tr td:nth-child({column + 1})").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-v'))");
        return values.Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Collects console errors, page errors and any request that leaves the file (the report must work offline).</summary>
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (problems)
                {
                    problems.Add($"console {message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("page error: " + error);
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add("network request: " + request.Url);
                }
            }
        };
        return problems;
    }
}
