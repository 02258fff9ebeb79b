using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Rendering.Html;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class WorkersTableTests
{
    private static readonly RunReport WithWorkers = SampleReports.Fixed() with
    {
        Workers =
        [
            new WorkerStats { Name = "10.0.0.5:4053", Sessions = 1200, Requests = 48_000, Errors = 480, CpuSeconds = 61.5, PeakRssBytes = 512L << 20, JoinedAt = SampleReports.Start },
            new WorkerStats
            {
                Name = "<b>shard</b>", Index = 1, Sessions = 800, Requests = 30_000, Errors = 0, JoinedAt = SampleReports.Start,
                LeftAt = SampleReports.Start.AddSeconds(42), LeftReason = "unreachable, downed",
            },
        ],
    };

    [Fact]
    public void Text_ReportWithWorkers_WorkersTableWithEveryWorker()
    {
        string text = ReportRenderers.Text.Render(WithWorkers, ReportWriterOptions.Default);

        int at = text.IndexOf("\nWorkers\n", StringComparison.Ordinal);
        Assert.True(at > 0, "no Workers table");
        string table = text[at..text.IndexOf("\n\n", at + 1, StringComparison.Ordinal)];
        Assert.Contains("10.0.0.5:4053", table, StringComparison.Ordinal);
        Assert.Contains("48,000", table, StringComparison.Ordinal);
        Assert.Contains("1.00%", table, StringComparison.Ordinal);
        Assert.Contains("61.5s", table, StringComparison.Ordinal);
        Assert.Contains("512.0 MB", table, StringComparison.Ordinal);
        Assert.Contains("unknown", table, StringComparison.Ordinal);
        Assert.Contains("10:00:42 UTC (unreachable, downed)", table, StringComparison.Ordinal);
        Assert.Contains("stayed", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ReportWithWorkers_WorkersTableEscaped()
    {
        string md = ReportRenderers.Markdown.Render(WithWorkers, ReportWriterOptions.Default);

        Assert.Contains("\n## Workers\n\n| worker | sessions | requests | errors | error rate | cpu | peak rss | joined | left |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>shard</b>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ReportWithWorkers_WorkersSectionAfterErrors()
    {
        var lines = ReportRenderers.Csv.Render(WithWorkers, ReportWriterOptions.Default).Split('\n');

        int header = Array.IndexOf(lines, "worker,index,sessions,requests,errors,cpu_s,peak_rss_bytes,joined_at,left_at,left_reason");
        Assert.True(header > 0, "no workers section");
        Assert.Equal("", lines[header - 1]);
        Assert.Equal("10.0.0.5:4053,0,1200,48000,480,61.5,536870912,2026-11-20T10:00:00.000Z,,", lines[header + 1]);
        Assert.Equal("<b>shard</b>,1,800,30000,0,,,2026-11-20T10:00:00.000Z,2026-11-20T10:00:42.000Z,\"unreachable, downed\"", lines[header + 2]);
    }

    [Fact]
    public void Html_ReportWithWorkers_SectionAndNavLinkWithEscapedNames()
    {
        string html = new HtmlReportRenderer().Render(WithWorkers, ReportWriterOptions.Default);

        Assert.Contains("<section id=\"workers\"><h2>Workers</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#workers\">Workers</a>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;shard&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>shard</b>", html, StringComparison.Ordinal);
        Assert.Contains("unreachable, downed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ReportWithWorkers_RoundTrips()
    {
        var read = ReportJson.Parse(ReportJson.Serialize(WithWorkers));

        Assert.Equal(WithWorkers.Workers, read.Workers);
    }

    [Fact]
    public void EveryFormat_OneProcessReport_NoWorkersTable()
    {
        var report = SampleReports.Fixed();

        Assert.DoesNotContain("\nWorkers\n", ReportRenderers.Text.Render(report, ReportWriterOptions.Default), StringComparison.Ordinal);
        Assert.DoesNotContain("## Workers", ReportRenderers.Markdown.Render(report, ReportWriterOptions.Default), StringComparison.Ordinal);
        Assert.DoesNotContain("worker,index", ReportRenderers.Csv.Render(report, ReportWriterOptions.Default), StringComparison.Ordinal);
        string html = new HtmlReportRenderer().Render(report, ReportWriterOptions.Default);
        Assert.DoesNotContain("id=\"workers\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#workers", html, StringComparison.Ordinal);
    }
}
