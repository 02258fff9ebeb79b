using ChatSwarm.Cluster.Merging;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cluster.Tests.Merging;

public sealed class TimelineCoalescerTests
{
    [Fact]
    public void Coalesce_TwoTicksAtOneInstant_OnePointWithSummedCountsAndTheLaterActiveSessions()
    {
        TimelinePoint[] points =
        [
            new() { T = 1, ActiveSessions = 3, Requests = 10, Errors = 1, SessionStarts = 3 },
            new() { T = 2.5, ActiveSessions = 4, Requests = 12, Errors = 0, SessionStarts = 1, ErrorsByCode = new Dictionary<int, long> { [5000] = 1 } },
            new() { T = 2.5, ActiveSessions = 5, Requests = 3, Errors = 1, SessionStarts = 1, ErrorsByCode = new Dictionary<int, long> { [5000] = 1 } },
            new() { T = 3.5, ActiveSessions = 5, Requests = 9 },
        ];

        var result = TimelineCoalescer.Coalesce(points);

        Assert.Equal([1, 2.5, 3.5], result.Select(p => p.T));
        var folded = result[1];
        Assert.Equal(5, folded.ActiveSessions);
        Assert.Equal(15, folded.Requests);
        Assert.Equal(10, folded.Rps);
        Assert.Equal(1, folded.Errors);
        Assert.Equal(2, folded.SessionStarts);
        Assert.Equal(2, folded.ErrorsByCode[5000]);
    }
}
