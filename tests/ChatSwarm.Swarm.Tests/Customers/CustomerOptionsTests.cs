using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Tests.Customers;

public sealed class CustomerOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems()
    {
        Assert.Empty(new CustomerOptions().FindProblems());
    }

    [Fact]
    public void Validate_NonPositiveMaxSessionDuration_OneLineNamingIt()
    {
        // MaxSessionDuration is the only setting that can be out of range, so one problem is the most there can be.
        var error = Assert.Throws<OptionsValidationException>(new CustomerOptions { MaxSessionDuration = TimeSpan.Zero }.Validate);

        Assert.Equal(["CustomerOptions.MaxSessionDuration: expected a positive duration, got 00:00:00"], error.Problems);
    }
}
