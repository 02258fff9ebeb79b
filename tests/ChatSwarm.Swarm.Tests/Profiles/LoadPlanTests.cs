using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class LoadPlanTests
{
    private static LoadPlan Plan(params LoadPhase[] phases) => LoadPlan.Create(new LoadProfile { Phases = phases });

    [Fact]
    public void At_Ramp_InterpolatesLinearly()
    {
        var plan = Plan(new RampPhase(10, 110, TimeSpan.FromSeconds(100)));

        Assert.Equal(10, plan.At(TimeSpan.Zero).TargetConcurrent);
        Assert.Equal(35, plan.At(TimeSpan.FromSeconds(25)).TargetConcurrent);
        Assert.Equal(109, plan.At(TimeSpan.FromSeconds(99)).TargetConcurrent);
        Assert.Null(plan.At(TimeSpan.FromSeconds(25)).ArrivalRatePerSecond);
    }

    [Fact]
    public void At_PhaseSequence_ReportsPhaseIndexAndModel()
    {
        var plan = Plan(
            new ConstantPhase(5, TimeSpan.FromSeconds(10)),
            new ArrivalPhase(3, TimeSpan.FromSeconds(10)),
            new RampArrivalPhase(0, 10, TimeSpan.FromSeconds(10)),
            new PausePhase(TimeSpan.FromSeconds(10)));

        Assert.Equal(new LoadPoint(0, plan.Phases[0], 5, null, false), plan.At(TimeSpan.FromSeconds(9.999)));
        Assert.Equal(new LoadPoint(1, plan.Phases[1], null, 3, false), plan.At(TimeSpan.FromSeconds(10)));
        Assert.Equal(new LoadPoint(2, plan.Phases[2], null, 4, false), plan.At(TimeSpan.FromSeconds(24)));
        Assert.Equal(new LoadPoint(3, plan.Phases[3], null, 0, false), plan.At(TimeSpan.FromSeconds(35)));
        Assert.Equal(new LoadPoint(3, plan.Phases[3], null, null, true), plan.At(TimeSpan.FromSeconds(40)));
        Assert.Equal(TimeSpan.FromSeconds(40), plan.TotalDuration);
        Assert.Equal(TimeSpan.FromSeconds(20), plan.PhaseStart(2));
    }

    [Fact]
    public void At_NegativeElapsed_IsTheStart()
    {
        var plan = Plan(new RampPhase(4, 8, TimeSpan.FromSeconds(4)));

        Assert.Equal(4, plan.At(TimeSpan.FromSeconds(-1)).TargetConcurrent);
    }

    [Fact]
    public void ExpectedArrivals_IntegratesOpenPhasesAcrossBoundaries()
    {
        var plan = Plan(
            new ConstantPhase(5, TimeSpan.FromSeconds(10)),
            new ArrivalPhase(2, TimeSpan.FromSeconds(10)),
            new RampArrivalPhase(0, 10, TimeSpan.FromSeconds(10)));

        Assert.Equal(0, plan.ExpectedArrivals(TimeSpan.Zero, TimeSpan.FromSeconds(10)));
        Assert.Equal(10, plan.ExpectedArrivals(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)), 9);
        Assert.Equal(20 + 50, plan.ExpectedArrivals(TimeSpan.Zero, TimeSpan.FromSeconds(60)), 9);
        Assert.Equal(2 + 0.5, plan.ExpectedArrivals(TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(21)), 9);
        Assert.Equal(0, plan.ExpectedArrivals(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public void PeakConcurrent_IsTheLargestClosedModelCount()
    {
        Assert.Equal(80, Plan(new RampPhase(0, 80, TimeSpan.FromSeconds(1)), new ConstantPhase(60, TimeSpan.FromSeconds(1))).PeakConcurrent);
        Assert.Equal(0, Plan(new ArrivalPhase(5, TimeSpan.FromSeconds(1))).PeakConcurrent);
    }

    [Fact]
    public void Create_NoPhases_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => LoadPlan.Create(new LoadProfile { SourcePath = "x.yaml" }));

        Assert.Contains("x.yaml: profile has no phases", ex.Message);
    }

    [Fact]
    public void Describe_EachPhase_ReadsLikeTheProfile()
    {
        Assert.Equal("ramp 0 → 50 sessions over 10s", new RampPhase(0, 50, TimeSpan.FromSeconds(10)).Describe());
        Assert.Equal("constant 50 sessions for 1m", new ConstantPhase(50, TimeSpan.FromMinutes(1)).Describe());
        Assert.Equal("arrival 2.5 sessions/s for 30s", new ArrivalPhase(2.5, TimeSpan.FromSeconds(30)).Describe());
        Assert.Equal("ramp arrival 1 → 4 sessions/s over 1.5s", new RampArrivalPhase(1, 4, TimeSpan.FromSeconds(1.5)).Describe());
        Assert.Equal("pause 5s", new PausePhase(TimeSpan.FromSeconds(5)).Describe());
    }
}
