using ChatSwarm.Configuration.Validation;
using ChatSwarm.Testing;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class LoadProfileValidateTests
{
    private static readonly LoadProfile Valid = new()
    {
        Name = "code",
        Phases = [new ConstantPhase(5, TimeSpan.FromSeconds(10))],
        Mix = [new ScriptWeight("bots/a.yaml", 1)],
    };

    [Fact]
    public void Validate_ValidProfile_NoProblems()
    {
        Assert.Empty(Valid.FindProblems());
        Valid.Validate();
    }

    public static TheoryData<LoadProfile, string> Broken => new()
    {
        { Valid with { Phases = [] }, "phases must list at least one phase" },
        { Valid with { Phases = [new RampPhase(0, 0, TimeSpan.FromSeconds(1))] }, "phases[0] ramp 0 → 0 sessions over 1s: opens no sessions" },
        { Valid with { Phases = [new RampPhase(-1, 3, TimeSpan.FromSeconds(1))] }, "from and to must be 0 or more" },
        { Valid with { Phases = [new ConstantPhase(3, TimeSpan.Zero)] }, "phases[0] constant 3 sessions for 0: duration must be positive" },
        { Valid with { Phases = [new ConstantPhase(0, TimeSpan.FromSeconds(1))] }, "sessions must be at least 1" },
        { Valid with { Phases = [new ArrivalPhase(-2, TimeSpan.FromSeconds(1))] }, "rate must be a positive number" },
        { Valid with { Phases = [new ArrivalPhase(double.NaN, TimeSpan.FromSeconds(1))] }, "rate must be a positive number" },
        { Valid with { Phases = [new RampArrivalPhase(0, 0, TimeSpan.FromSeconds(1))] }, "starts no sessions" },
        { Valid with { Phases = [new PausePhase(TimeSpan.FromSeconds(-1))] }, "duration must be positive" },
        { Valid with { MaxSessions = 0 }, "max_sessions must be at least 1, got 0" },
        { Valid with { Mix = [] }, "mix must list at least one bot script" },
        { Valid with { Mix = [new ScriptWeight("a.yaml", 0)] }, "mix[0].weight must be a positive number, got 0" },
        { Valid with { MaxSessionDuration = TimeSpan.Zero }, "max_session_duration must be positive" },
        { Valid with { Backoff = new BackoffSettings { MaxRetries = -1 } }, "backoff.max_retries must be 0 or more" },
        { Valid with { ThresholdCheckInterval = TimeSpan.Zero }, "threshold_check_interval must be positive" },
        { Valid with { CustomersPerSupervisor = 0 }, "customers_per_supervisor must be at least 1, got 0" },
        { Valid with { GracePeriod = TimeSpan.FromSeconds(-1) }, "grace_period must not be negative" },
        { Valid with { Simulator = new EmbeddedSimulatorSettings { ChatsPerAgent = 0 } }, "simulator.chats_per_agent must be at least 1, got 0" },
        { Valid with { Simulator = new EmbeddedSimulatorSettings { AgentThinkTime = new DurationRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)) } }, "simulator.agent_think_time needs 0 <= min <= max" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenProfile_NamesTheField(LoadProfile profile, string fragment)
    {
        var error = Assert.Throws<OptionsValidationException>(profile.Validate);

        Assert.Contains(fragment, Assert.Single(error.Problems));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Validate_WithSourcePath_PrefixesIt()
    {
        var error = Assert.Throws<OptionsValidationException>((Valid with { SourcePath = "p.yaml", MaxSessions = 0 }).Validate);

        Assert.Equal("p.yaml: max_sessions must be at least 1, got 0", error.Message);
    }

    [Fact]
    public void Validate_ProblemsInSeveralSections_OneExceptionListingEvery()
    {
        var profile = Valid with
        {
            SourcePath = "p.yaml",
            Simulator = new EmbeddedSimulatorSettings { Agents = -1, ExchangesPerChat = -1 },
            Phases = [new RampPhase(0, 0, TimeSpan.Zero)],
            Backoff = new BackoffSettings { Min = TimeSpan.Zero, MaxRetries = -1 },
        };

        var error = Assert.Throws<OptionsValidationException>(profile.Validate);

        Assert.Equal(
            [
                "p.yaml: simulator.agents must be 0 or more, got -1",
                "p.yaml: simulator.exchanges_per_chat must be 0 or more, got -1",
                "p.yaml: phases[0] ramp 0 → 0 sessions over 0: opens no sessions; 'to' must be above 0",
                "p.yaml: phases[0] ramp 0 → 0 sessions over 0: duration must be positive",
                "p.yaml: backoff.min must be positive",
                "p.yaml: backoff.max_retries must be 0 or more",
            ],
            error.Problems);
    }

    [Fact]
    public void Validate_PhaseWithTwoProblems_ListsBoth()
    {
        var error = Assert.Throws<OptionsValidationException>(new ArrivalPhase(0, TimeSpan.Zero).Validate);

        Assert.Equal(["arrival 0 sessions/s for 0: rate must be a positive number", "arrival 0 sessions/s for 0: duration must be positive"], error.Problems);
    }

    [Fact]
    public void Validate_BackoffWithTwoProblems_ListsBoth()
    {
        var error = Assert.Throws<OptionsValidationException>(new BackoffSettings { RandomFactor = 2, MaxRetries = -1 }.Validate);

        Assert.Equal(["backoff.random_factor must be between 0 and 1", "backoff.max_retries must be 0 or more"], error.Problems);
    }

    [Theory]
    [InlineData("smoke.yaml")]
    [InlineData("ramp.yaml")]
    [InlineData("soak.yaml")]
    [InlineData("spike.yaml")]
    [InlineData("faults.yaml")]
    public void Validate_ShippedProfileAfterOverrides_NoProblems(string file)
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile(file))
            .WithOverrides(new LoadProfileOverrides { Sessions = 3, Duration = TimeSpan.FromSeconds(5) });

        Assert.Empty(profile.FindProblems());
        Assert.Equal(TimeSpan.FromSeconds(5), profile.TotalDuration);
    }
}
