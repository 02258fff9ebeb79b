using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Tests.Rendering;

public sealed class ReportFactsTests
{
    [Fact]
    public void LatencyRanges_LongPollStep_LeftOutOfRangesButCountedAsRequests()
    {
        var report = new RunReport
        {
            Run = new RunInfo { Id = "r", DurationS = 10 },
            Steps = [Step("send_events", 100, 900, 1500), Step("get_new_chat_events", 10_000, 10_000, 10_000)],
        };

        var facts = new ReportFacts(report, ReportWriterOptions.Default);

        Assert.Equal(6, facts.Requests);
        Assert.Equal(3, facts.AllLatency.Count);
        Assert.Equal((1L, 1L, 1L), (facts.Fast, facts.Moderate, facts.Slow));
        Assert.Equal(1500, facts.AllLatency.Max.TotalMilliseconds);
    }

    private static StepStats Step(string name, params int[] latenciesMs)
    {
        var h = new LatencyHistogram();
        foreach (var ms in latenciesMs)
        {
            h.Record(TimeSpan.FromMilliseconds(ms));
        }

        return StepStats.Create(name, latenciesMs.Length, 0, 0, 0, h.Snapshot(), 10);
    }
}
