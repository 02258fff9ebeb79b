using ChatSwarm.Bots.Conversations;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class SessionMilestonesTests
{
    [Fact]
    public void ReachCreated_Twice_IsDueOnlyTheFirstTime()
    {
        var milestones = new SessionMilestones();

        var first = milestones.ReachCreated();
        var second = milestones.ReachCreated();

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void ReachStarted_AfterCreated_IsDueOnce()
    {
        var milestones = new SessionMilestones();
        milestones.ReachCreated();

        Assert.True(milestones.ReachStarted());
        Assert.False(milestones.ReachStarted());
        Assert.False(milestones.ReachCreated());
    }
}
