using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class ProfileSectionTests
{
    private static readonly RunReport WithProfile = SampleReports.Fixed() with
    {
        LoadProfile = new ProfileSummary
        {
            Name = "soak",
            Phases = ["ramp 0 → 50 sessions over 10s", "constant 50 sessions for 1m"],
            Mix = [new MixEntry { Script = "a.yaml", Weight = 3 }, new MixEntry { Script = "<b>.yaml", Weight = 1 }],
            Thresholds = ["rate(bot_checks) > 99%"],
            PlannedDurationS = 70,
        },
    };

    [Fact]
    public void RenderHtml_LoadProfile_ShowsPhasesMixSharesAndThresholds()
    {
        string html = ReportRenderers.Html.Render(WithProfile, ReportWriterOptions.Default);

        Assert.Contains("<li>ramp 0 → 50 sessions over 10s</li>", html, StringComparison.Ordinal);
        Assert.Contains("a.yaml — weight 3 (75.0%)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;.yaml", html, StringComparison.Ordinal);
        Assert.Contains("rate(bot_checks) &gt; 99%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_LoadProfile_RoundTripsAndOldReportsReadWithout()
    {
        var read = ReportJson.Parse(ReportJson.Serialize(WithProfile));

        Assert.Equal(WithProfile.LoadProfile!.Phases, read.LoadProfile!.Phases);
        Assert.Equal(WithProfile.LoadProfile.Mix, read.LoadProfile.Mix);
        Assert.Null(ReportJson.Parse(ReportJson.Serialize(SampleReports.Fixed())).LoadProfile);
        Assert.Contains("This report was written before profiles were embedded.", ReportRenderers.Html.Render(SampleReports.Fixed(), ReportWriterOptions.Default), StringComparison.Ordinal);
    }
}
