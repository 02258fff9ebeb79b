using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Conversations;

public sealed class ConversationRunnerOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems()
    {
        Assert.Empty(new ConversationRunnerOptions { ClientId = "c" }.FindProblems());
    }

    [Fact]
    public void Validate_ProblemsHereAndInNestedOptions_OneExceptionListingEvery()
    {
        var options = new ConversationRunnerOptions
        {
            ClientId = " ",
            StopGrace = TimeSpan.FromSeconds(-1),
            Backoff = new BackoffSettings { MaxRetries = -1 },
            ActorSystem = new() { Throughput = 0 },
        };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            [
                "ConversationRunnerOptions.ClientId: expected a non-empty client id",
                "ConversationRunnerOptions.backoff.max_retries must be 0 or more",
                "ConversationRunnerOptions.StopGrace: expected zero or more, got -00:00:01",
                "ConversationRunnerOptions.ActorSystem.Throughput: expected 1 or more, got 0",
            ],
            error.Problems);
    }
}
