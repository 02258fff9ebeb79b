using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class AgentTurnsTests
{
    [Fact]
    public void CountReply_ReachingExchangesBeforeEnd_IsTheLast()
    {
        var turns = new AgentTurns();

        var replies = Enumerable.Range(0, 3).Select(_ => turns.CountReply(3)).ToList();

        Assert.Equal([false, false, true], replies);
        Assert.Equal(3, turns.Exchanges);
    }

    [Fact]
    public void CountReply_NoExchangeLimit_NeverEnds()
    {
        var turns = new AgentTurns();

        var replies = Enumerable.Range(0, 50).Select(_ => turns.CountReply(0)).ToList();

        Assert.DoesNotContain(true, replies);
    }

    [Fact]
    public void TakeBacklog_DeferredMessages_ReturnsThemInOrderOnce()
    {
        var turns = new AgentTurns();
        turns.Defer("m1");
        turns.Defer("m2");

        var first = turns.TakeBacklog();
        var second = turns.TakeBacklog();

        Assert.Equal(["m1", "m2"], first);
        Assert.Null(second);
    }
}
