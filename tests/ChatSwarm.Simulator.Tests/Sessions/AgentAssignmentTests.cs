using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class AgentAssignmentTests
{
    private static readonly SimulatedAgent Ann = new(7, "Ann", "Lee", "1007");

    [Fact]
    public void Assign_AfterQueue_ConnectsWithTheAgentAndNoWait()
    {
        var assignment = new AgentAssignment();
        assignment.Queue(120);

        assignment.Assign(Ann, "7-abc");

        Assert.Equal((ChatState.Connecting, 0, Ann, "7-abc"), (assignment.State, assignment.EstimatedWaitSeconds, assignment.Agent, assignment.AgentPartyId));
    }

    [Fact]
    public void End_WhileQueued_ReleasesNoAgent()
    {
        var assignment = new AgentAssignment();
        assignment.Queue(30);

        var released = assignment.End(ChatState.Completed);

        Assert.Null(released);
        Assert.Equal(ChatState.Completed, assignment.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void End_ConnectingOrConnected_ReleasesTheAgent(bool connected)
    {
        var assignment = new AgentAssignment();
        assignment.Assign(Ann, "7-abc");
        if (connected)
        {
            assignment.Connect();
        }

        var released = assignment.End(ChatState.Completed);

        Assert.Same(Ann, released);
        Assert.Same(Ann, assignment.Agent);
    }

    [Fact]
    public void End_AlreadyEnded_ReleasesNothingTwice()
    {
        var assignment = new AgentAssignment();
        assignment.Assign(Ann, "7-abc");
        assignment.End(ChatState.Completed);

        var released = assignment.End(ChatState.Completed);

        Assert.Null(released);
    }
}
