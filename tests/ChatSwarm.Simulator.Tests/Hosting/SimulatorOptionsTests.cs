using ChatSwarm.Configuration.Validation;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator.Tests.Hosting;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void Validate_Defaults_ReturnsNull()
    {
        Assert.Empty(new SimulatorOptions().FindProblems());
    }

    [Fact]
    public void Defaults_MatchDocumentedValues()
    {
        var options = new SimulatorOptions();

        Assert.Equal(50, options.Agents);
        Assert.Equal(TimeSpan.FromSeconds(10), options.PollHold);
        Assert.Equal("sim.chatswarm.local", options.TenantUrl);
        Assert.Equal(["chatswarm-sim"], options.AppIds);
        Assert.Equal(25L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(1000, options.MaxStoredFiles);
    }

    public static TheoryData<SimulatorOptions, string> Invalid => new()
    {
        { new SimulatorOptions { ChatsPerAgent = 0 }, "SimulatorOptions.ChatsPerAgent" },
        { new SimulatorOptions { PollHold = TimeSpan.Zero }, "SimulatorOptions.PollHold" },
        { new SimulatorOptions { AppIds = [] }, "SimulatorOptions.AppIds" },
        { new SimulatorOptions { TenantUrl = " " }, "SimulatorOptions.TenantUrl" },
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { FormProbability = 2 } }, "SimulatorOptions.Behavior.FormProbability" },
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { IdleTimeoutAfter = TimeSpan.FromSeconds(10) } }, "SimulatorOptions.Behavior.IdleTimeoutAfter" },
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { ThinkTime = null! } }, "SimulatorOptions.Behavior.ThinkTime" },
        { new SimulatorOptions { Faults = new FaultPlan { Rules = [new FaultRule(null, FaultKind.Error5000, -0.1)] } }, "SimulatorOptions.Faults.Rules[0].Probability" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task StartAsync_InvalidOptions_ThrowsOneLineErrorNamingField(SimulatorOptions options, string field)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => SimulatorHost.StartAsync(options));

        Assert.StartsWith(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProblemsHereAndInNestedOptions_OneExceptionListingEvery()
    {
        var options = new SimulatorOptions
        {
            Agents = -1,
            ChatsPerAgent = 0,
            Behavior = new AgentBehaviorOptions { FormProbability = 2 },
            Faults = new FaultPlan { Outages = [new OutageWindow(TimeSpan.Zero, TimeSpan.Zero)] },
        };

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => SimulatorHost.StartAsync(options));

        Assert.Equal(
            [
                "SimulatorOptions.Agents must be 0 or more, got -1",
                "SimulatorOptions.ChatsPerAgent must be at least 1, got 0",
                "SimulatorOptions.Behavior.FormProbability must be between 0 and 1, got 2",
                "SimulatorOptions.Faults.Outages[0] needs a non-negative start and a positive duration",
            ],
            ex.Problems);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Validate_BehaviorWithTwoProblems_ListsBoth()
    {
        var behavior = new AgentBehaviorOptions { IvrDuration = TimeSpan.FromSeconds(-1), SurveyFormName = "" };

        var ex = Assert.Throws<OptionsValidationException>(behavior.Validate);

        Assert.Equal(["AgentBehaviorOptions.IvrDuration must not be negative", "AgentBehaviorOptions.SurveyFormName must not be empty"], ex.Problems);
    }

    [Fact]
    public void Validate_FaultPlanWithTwoProblems_ListsBoth()
    {
        var plan = new FaultPlan { Rules = [new FaultRule(null, FaultKind.Latency, 1.5)] };

        var ex = Assert.Throws<OptionsValidationException>(plan.Validate);

        Assert.Equal(["FaultPlan.Rules[0].Probability must be between 0 and 1, got 1.5", "FaultPlan.Rules[0].Latency must be set for a latency fault"], ex.Problems);
    }
}
