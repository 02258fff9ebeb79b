using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator.Tests.Hosting;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void Validate_Defaults_ReturnsNull()
    {
        Assert.Null(new SimulatorOptions().Validate());
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
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { FormProbability = 2 } }, "AgentBehaviorOptions.FormProbability" },
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { IdleTimeoutAfter = TimeSpan.FromSeconds(10) } }, "AgentBehaviorOptions.IdleTimeoutAfter" },
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { ThinkTime = null! } }, "AgentBehaviorOptions.ThinkTime" },
        { new SimulatorOptions { Faults = new FaultPlan { Rules = [new FaultRule(null, FaultKind.Error5000, -0.1)] } }, "FaultPlan.Rules[0].Probability" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task StartAsync_InvalidOptions_ThrowsOneLineErrorNamingField(SimulatorOptions options, string field)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(options));

        Assert.StartsWith(field, ex.Message, StringComparison.Ordinal);
    }
}
