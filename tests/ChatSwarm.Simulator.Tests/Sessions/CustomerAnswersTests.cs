using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class CustomerAnswersTests
{
    [Fact]
    public void AddSignal_WhileWaited_CompletesTheWaitAndArmsANewOne()
    {
        var answers = new CustomerAnswers();
        var changed = answers.Changed;

        answers.AddSignal(new ReceivedSignal("m1", "agent", "offer_call", "{}"));

        Assert.True(changed.IsCompletedSuccessfully);
        Assert.False(answers.Changed.IsCompleted);
        Assert.Equal("offer_call", Assert.Single(answers.Signals).Type);
    }

    [Fact]
    public void AddCobrowsing_InOrder_KeepsTheOrder()
    {
        var answers = new CustomerAnswers();

        answers.AddCobrowsing("chat_session_cobrowsing_started");
        answers.AddCobrowsing("chat_session_cobrowsing_ended");

        Assert.Equal(["chat_session_cobrowsing_started", "chat_session_cobrowsing_ended"], answers.Cobrowsing);
    }
}
