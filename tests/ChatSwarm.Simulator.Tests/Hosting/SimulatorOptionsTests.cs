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
        { new SimulatorOptions { Behavior = new AgentBehaviorOptions { ThinkTime = DelayDistribution.Uniform(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)) } }, "AgentBehaviorOptions.ThinkTime" },
        { new SimulatorOptions { Faults = new FaultPlan { Rules = [new FaultRule(null, FaultKind.Error5000, -0.1)] } }, "FaultPlan.Rules[0].Probability" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task StartAsync_InvalidOptions_ThrowsOneLineErrorNamingField(SimulatorOptions options, string field)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(options));

        Assert.StartsWith(field, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DelayKind.Fixed)]
    [InlineData(DelayKind.Uniform)]
    [InlineData(DelayKind.Exponential)]
    public void DelayDistribution_Sample_StaysWithinBoundsAndRepeatsForSeed(DelayKind kind)
    {
        var distribution = kind switch
        {
            DelayKind.Fixed => DelayDistribution.Fixed(TimeSpan.FromSeconds(2)),
            DelayKind.Uniform => DelayDistribution.Uniform(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),
            _ => DelayDistribution.Exponential(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),
        };

        var a = Enumerable.Range(0, 200).Select(_ => distribution.Sample(new Random(3))).ToList();
        var random = new Random(9);
        var spread = Enumerable.Range(0, 200).Select(_ => distribution.Sample(random)).ToList();

        Assert.All(spread, d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        Assert.Single(a.Distinct());
    }
}
