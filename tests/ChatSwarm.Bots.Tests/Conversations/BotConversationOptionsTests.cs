using ChatSwarm.Bots.Conversations;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class BotConversationOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems()
    {
        Assert.Empty(new BotConversationOptions().FindProblems());
    }

    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var options = new BotConversationOptions { CustomerIndex = -1, TimeScale = 2000 };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            ["BotConversationOptions.CustomerIndex: expected 0 or more, got -1", "BotConversationOptions.TimeScale: expected a factor from 0 to 1000, got 2000"],
            error.Problems);
        Assert.DoesNotContain('\n', error.Message);
    }
}
