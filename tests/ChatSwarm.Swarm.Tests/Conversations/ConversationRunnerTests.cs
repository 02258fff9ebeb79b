using ChatSwarm.Bots.Running;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Swarm.Tests.Conversations;

public sealed class ConversationRunnerTests
{
    [Fact]
    public async Task RunAsync_AgentNeverAnswers_StopsAtMaxDurationAndEndsChat()
    {
        await using var s = await BotScenario.StartAsync("greeting-and-question", maxDuration: TimeSpan.FromMilliseconds(1500));
        await s.ConnectedAsync();

        var result = await s.ResultAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("stopped after the max duration of 1.5s", StringComparison.Ordinal));
        Assert.False(result.Outcome!.Completed);
        Assert.Equal("completed", s.Simulator.Agents.GetChat(ChatRef.ById(result.ChatId!)).Data!.State);
    }

    [Fact]
    public async Task RunAsync_UnknownAppId_ReportsRequestChatFailure()
    {
        await using var s = await BotScenario.StartAsync("case", appId: "no-such-app");

        var result = await s.ResultAsync();

        Assert.Null(result.Outcome);
        Assert.Null(result.ChatId);
        Assert.StartsWith("RequestChat: 3000", Assert.Single(result.Errors));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task RunAsync_AgentEndsChat_ConversationNotCompletedAndNoEndSent()
    {
        await using var s = await BotScenario.StartAsync("case");
        await s.ConnectedAsync();

        await s.Log.CustomerSaysAsync("find my case");
        s.Agent((a, c) => a.EndChat(c));
        var result = await s.ResultAsync();

        Assert.False(result.Outcome!.Completed);
        Assert.False(result.Outcome.SendEnd);
        Assert.Equal(1, result.Count(BotCounter.ExpectationFailed));
        Assert.Equal(1, result.Count(BotCounter.ChatSessionEnded));
    }
}
