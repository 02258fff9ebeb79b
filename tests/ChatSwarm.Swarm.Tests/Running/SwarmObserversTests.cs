using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class SwarmObserversTests
{
    [Fact]
    public void Combine_NoneOrOne_NullOrTheSameObserver()
    {
        var one = new Counting();

        Assert.Null(SwarmObservers.Combine(null, null));
        Assert.Same(one, SwarmObservers.Combine(null, one));
    }

    [Fact]
    public void Combine_OneThrows_OthersStillCalledInOrder()
    {
        var first = new Counting();
        var last = new Counting();
        var combined = SwarmObservers.Combine(first, new Throwing(), last)!;

        combined.OnProgress(new SwarmProgress(TimeSpan.Zero, TimeSpan.FromSeconds(1), 0, "hold", 1, null, 0, false, new MetricsSnapshot()));
        combined.OnNotice(new SwarmNotice(SwarmNoticeLevel.Information, "phase 1/1"));

        Assert.Equal((1, 1), (first.Progress, first.Notices));
        Assert.Equal((1, 1), (last.Progress, last.Notices));
    }

    private sealed class Counting : ISwarmObserver
    {
        public int Progress { get; private set; }

        public int Notices { get; private set; }

        public void OnProgress(SwarmProgress progress) => Progress++;

        public void OnNotice(SwarmNotice notice) => Notices++;
    }

    private sealed class Throwing : ISwarmObserver
    {
        public void OnProgress(SwarmProgress progress) => throw new InvalidOperationException("broken export");

        public void OnNotice(SwarmNotice notice) => throw new InvalidOperationException("broken export");
    }
}
