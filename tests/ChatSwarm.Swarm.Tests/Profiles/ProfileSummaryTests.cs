using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class ProfileSummaryTests
{
    [Fact]
    public void ToSummary_Profile_PhasesInWordsMixByFileNameThresholdsAsWritten()
    {
        var profile = new LoadProfile
        {
            Name = "s",
            Phases = [new RampPhase(0, 5, TimeSpan.FromSeconds(10)), new ConstantPhase(5, TimeSpan.FromSeconds(20))],
            Mix = [new ScriptWeight(Path.Combine(Path.GetTempPath(), "bots", "a.yaml"), 2)],
            Thresholds = [Threshold.Parse("error_rate < 1%")],
        };

        var summary = profile.ToSummary();

        Assert.Equal("s", summary.Name);
        Assert.Equal(["ramp 0 → 5 sessions over 10s", profile.Phases[1].Describe()], summary.Phases);
        Assert.Equal(("a.yaml", 2.0), (summary.Mix[0].Script, summary.Mix[0].Weight));
        Assert.Equal(["error_rate < 1%"], summary.Thresholds);
        Assert.Equal(30, summary.PlannedDurationS);
    }
}
