using ChatSwarm.Testing;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class ShippedProfilesTests
{
    [Theory]
    [InlineData("smoke.yaml")]
    [InlineData("ramp.yaml")]
    [InlineData("soak.yaml")]
    [InlineData("spike.yaml")]
    [InlineData("faults.yaml")]
    public void Load_ShippedProfile_ValidatesAndPlans(string file)
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile(file));

        var plan = LoadPlan.Create(profile);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), profile.Name);
        Assert.True(profile.Target.UsesEmbeddedSimulator);
        Assert.NotEmpty(profile.Thresholds);
        Assert.Contains(profile.Thresholds, t => t.Metric == ThresholdMetric.ErrorCount && t.ErrorCode == 5509);
        Assert.Equal(profile.TotalDuration, plan.TotalDuration);
        Assert.NotEmpty(profile.Mix);
        Assert.All(profile.Mix, m => Assert.Equal(Path.Combine(RepoPaths.Root, "bots"), Path.GetDirectoryName(m.ScriptPath)));
        Assert.All(profile.Mix, m => Assert.NotNull(BotScriptLoader.Load(m.ScriptPath)));
        Assert.Empty(profile.Backoff.FindProblems());
    }

    [Theory]
    [InlineData("smoke.yaml")]
    [InlineData("spike.yaml")]
    [InlineData("faults.yaml")]
    public void Load_ProfileWithoutMix_UsesTheShippedGreetingScript(string file)
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile(file));

        var only = Assert.Single(profile.Mix);
        Assert.Equal(Path.Combine(RepoPaths.Root, "bots", "greeting-and-question.yaml"), only.ScriptPath);
        Assert.Equal(1, only.Weight);
    }

    [Theory]
    [InlineData("ramp.yaml", "greeting-and-question:4", "chatty:1")]
    [InlineData("soak.yaml", "greeting-and-question:3", "chatty:1", "contact-form:1", "survey:1")]
    public void Load_ProfileWithMix_ReadsScriptsAndWeights(string file, params string[] expected)
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile(file));

        Assert.Equal(expected, profile.Mix.Select(m => $"{Path.GetFileNameWithoutExtension(m.ScriptPath)}:{m.Weight}"));
    }

    [Fact]
    public void Load_Smoke_IsFiftySessionsForOneMinuteOnTheSimulator()
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile("smoke.yaml"));

        var plan = LoadPlan.Create(profile);
        Assert.Equal(
            new LoadPhase[]
            {
                new RampPhase(0, 50, TimeSpan.FromSeconds(10)),
                new ConstantPhase(50, TimeSpan.FromSeconds(45)),
                new RampPhase(50, 0, TimeSpan.FromSeconds(5)),
            },
            profile.Phases);
        Assert.Equal(TimeSpan.FromSeconds(60), plan.TotalDuration);
        Assert.Equal(50, plan.PeakConcurrent);
        Assert.Equal(25, plan.At(TimeSpan.FromSeconds(5)).TargetConcurrent);
        Assert.Equal(50, plan.At(TimeSpan.FromSeconds(30)).TargetConcurrent);
        Assert.True(plan.At(TimeSpan.FromSeconds(60)).IsFinished);
        Assert.Equal(25, profile.Simulator.Agents);
        Assert.Equal(3, profile.Simulator.ChatsPerAgent);
        Assert.Equal(TimeSpan.FromSeconds(5), profile.Simulator.PollHold);
        Assert.Equal(new DurationRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)), profile.Simulator.AgentThinkTime);
        Assert.Equal(3, profile.Simulator.ExchangesPerChat);
        Assert.Null(profile.Simulator.FaultsFile);
        Assert.Equal(1, profile.Simulator.Seed);
        Assert.Equal(TimeSpan.FromMinutes(2), profile.MaxSessionDuration);
        Assert.Equal(TimeSpan.FromSeconds(1.25), profile.ThinkTime.Mean);
        Assert.Equal(
            ["error_rate < 1%", "zero(5509)", "p95(request_chat) < 2s", "p95(send_events) < 1s"],
            profile.Thresholds.Select(t => t.Expression));
    }

    [Fact]
    public void Load_Ramp_ClimbsToFiveHundredHoldsAndDrains()
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile("ramp.yaml"));

        var plan = LoadPlan.Create(profile);
        Assert.Equal(TimeSpan.FromMinutes(5), plan.TotalDuration);
        Assert.Equal(250, plan.At(TimeSpan.FromMinutes(1)).TargetConcurrent);
        Assert.Equal(500, plan.At(TimeSpan.FromMinutes(3)).TargetConcurrent);
        Assert.Equal(250, plan.At(TimeSpan.FromMinutes(4.5)).TargetConcurrent);
        Assert.Equal(600, profile.Simulator.Agents * profile.Simulator.ChatsPerAgent);
        Assert.Contains(profile.Thresholds, t => t.Metric == ThresholdMetric.Percentile && t.Step == "queue_wait" && t.Limit == 30_000);
    }

    [Fact]
    public void Load_Soak_HoldsTwoHundredForAnHourAndAbortsOnFailure()
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile("soak.yaml"));

        var plan = LoadPlan.Create(profile);
        Assert.Equal(TimeSpan.FromMinutes(62), plan.TotalDuration);
        Assert.Equal(200, plan.At(TimeSpan.FromMinutes(30)).TargetConcurrent);
        Assert.True(profile.AbortOnThresholdFailure);
        Assert.True(profile.CaseHistory);
        Assert.Equal(TimeSpan.FromSeconds(10), profile.ThresholdCheckInterval);
        Assert.Equal(TimeSpan.FromMinutes(10), profile.MaxSessionDuration);
        Assert.Equal(new BackoffSettings { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(30), RandomFactor = 0.2, MaxRetries = 8 }, profile.Backoff);
    }

    [Fact]
    public void Load_Spike_IsAnOpenModelBurstWithACap()
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile("spike.yaml"));

        var plan = LoadPlan.Create(profile);
        Assert.All(profile.Phases, p => Assert.False(p.IsClosedModel));
        Assert.Equal(TimeSpan.FromSeconds(120), plan.TotalDuration);
        Assert.Equal(2000, profile.MaxSessions);
        Assert.Equal(2, plan.At(TimeSpan.FromSeconds(10)).ArrivalRatePerSecond);
        Assert.Equal(26, plan.At(TimeSpan.FromSeconds(35)).ArrivalRatePerSecond!.Value, 6);
        Assert.Equal(50, plan.At(TimeSpan.FromSeconds(50)).ArrivalRatePerSecond);
        Assert.Equal(0, plan.At(TimeSpan.FromSeconds(75)).ArrivalRatePerSecond);
        Assert.IsType<PausePhase>(plan.At(TimeSpan.FromSeconds(75)).Phase);

        // 2/s for 30 s, a 2→50 ramp for 10 s, 50/s for 20 s, nothing for 30 s, 2/s for 30 s.
        Assert.Equal(60 + 260 + 1000 + 0 + 60, plan.ExpectedArrivals(TimeSpan.Zero, plan.TotalDuration), 6);
    }

    [Fact]
    public void Load_Faults_PointsAtAFaultPlanTheSimulatorAccepts()
    {
        var profile = LoadProfileLoader.Load(RepoPaths.LoadProfile("faults.yaml"));

        Assert.Equal(Path.GetFullPath(RepoPaths.LoadProfile(Path.Combine("faults", "transient.yaml"))), profile.Simulator.FaultsFile);
        var plan = FaultPlanLoader.Load(profile.Simulator.FaultsFile!);
        Assert.Empty(plan.FindProblems());
        Assert.Contains(plan.Rules, r => r.Kind == FaultKind.Error5001 && r.Probability > 0);
        Assert.Contains(plan.Rules, r => r.Kind == FaultKind.Error5000 && r.Probability > 0);
        Assert.Single(plan.Outages);
        Assert.Equal(TimeSpan.FromMilliseconds(200), profile.Backoff.Min);
        Assert.Contains(profile.Thresholds, t => t.Expression == "count(5001) > 0");
        Assert.Contains(profile.Thresholds, t => t.Metric == ThresholdMetric.Restarts && t.Comparison == ThresholdComparison.Greater);
    }
}
