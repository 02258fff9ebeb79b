using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering.Html;

namespace ChatSwarm.Reports.Tests.Rendering.Html;

public sealed class ChartTimelineTests
{
    [Fact]
    public void From_MorePointsThanAllowed_DownsamplesKeepingSpikes()
    {
        var points = Enumerable.Range(1, 1000).Select(t => new TimelinePoint
        {
            T = t,
            ActiveSessions = t == 500 ? 99 : 10,
            Requests = 10,
            Rps = 10,
            Errors = t == 700 ? 10 : 0,
            ErrorsByCode = t == 700 ? new Dictionary<int, long> { [5001] = 10 } : new Dictionary<int, long>(),
            P99Ms = t == 250 ? 5000 : 100,
        }).ToList();

        var chart = ChartTimeline.From(points, maxPoints: 100);

        Assert.Equal(100, chart.Count);
        Assert.Equal(1000, chart.T[^1]);
        Assert.Equal(99, chart.Active.Max());
        Assert.Equal(5000, chart.P99.Max());
        Assert.Equal(10, chart.OkRps[0] + chart.FailedRps[0], 6);
        var (code, rates) = Assert.Single(chart.ErrorRates);
        Assert.Equal(5001, code);
        Assert.Equal(1.0, rates.Sum(), 6);
    }

    [Fact]
    public void From_FewPoints_KeepsEveryPoint()
    {
        var points = Enumerable.Range(1, 5).Select(t => new TimelinePoint { T = t, ActiveSessions = t }).ToList();

        var chart = ChartTimeline.From(points, maxPoints: 600);

        Assert.Equal([1.0, 2, 3, 4, 5], chart.Active);
    }
}
