using ChatSwarm.Configuration.Timing;
using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Tests.TestSupport;

/// <summary>Simulator settings that make tests fast: short routing and think times, no random extras unless asked.</summary>
public static class Sim
{
    public static SimulatorOptions Fast(int agents = 4, int chatsPerAgent = 2) => new()
    {
        Agents = agents,
        ChatsPerAgent = chatsPerAgent,
        PollHold = TimeSpan.FromMilliseconds(500),
        Seed = 7,
        Behavior = new AgentBehaviorOptions
        {
            IvrDuration = TimeSpan.FromMilliseconds(5),
            ConnectingDuration = TimeSpan.FromMilliseconds(5),
            ThinkTime = DelayDistribution.Constant(TimeSpan.FromMilliseconds(10)),
            ExchangesBeforeEnd = 0,
            FormProbability = 0,
            SecureFormProbability = 0,
            FileProbability = 0,
            CaseProbability = 0,
            IdleWarningAfter = null,
            IdleTimeoutAfter = null,
        },
    };

    public static SimulatorOptions Manual(int agents = 4, int chatsPerAgent = 2) => Fast(agents, chatsPerAgent) with
    {
        Behavior = Fast().Behavior with { Autonomous = false },
    };
}
