using ChatSwarm.Configuration.Validation;
using ChatSwarm.Cli.Run;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class RunTargetTests
{
    [Fact]
    public void ToSimulatorOptions_ProfileSettings_MapOntoTheSimulator()
    {
        var settings = new EmbeddedSimulatorSettings
        {
            Agents = 7,
            ChatsPerAgent = 2,
            PollHold = TimeSpan.FromSeconds(3),
            AgentThinkTime = new DurationRange(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)),
            ExchangesPerChat = 4,
            FaultsFile = Path.Combine(AppContext.BaseDirectory, "loadprofiles", "faults", "transient.yaml"),
        };

        var options = RunTarget.ToSimulatorOptions(settings, seed: 99);

        Assert.Equal(7, options.Agents);
        Assert.Equal(2, options.ChatsPerAgent);
        Assert.Equal(TimeSpan.FromSeconds(3), options.PollHold);
        Assert.Equal(99, options.Seed);
        Assert.Equal(4, options.Behavior.ExchangesBeforeEnd);
        Assert.Equal(DelayDistribution.Uniform(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)), options.Behavior.ThinkTime);
        Assert.NotEmpty(options.Faults.Rules);
        Assert.Empty(options.FindProblems());
    }

    [Fact]
    public void ToSimulatorOptions_ProfileSeed_WinsOverTheRunSeed()
    {
        Assert.Equal(5, RunTarget.ToSimulatorOptions(new EmbeddedSimulatorSettings { Seed = 5 }, seed: 99).Seed);
    }

    [Fact]
    public async Task StartAsync_InvalidSimulatorSettings_OneExceptionListingEveryProblemUnderTheProfilePath()
    {
        var profile = new LoadProfile { SourcePath = "p.yaml", Simulator = new EmbeddedSimulatorSettings { Agents = -1, ChatsPerAgent = 0 } };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunTarget.StartAsync(profile, seed: 1, CancellationToken.None));

        Assert.Equal(
            ["p.yaml: simulator: SimulatorOptions.Agents must be 0 or more, got -1", "p.yaml: simulator: SimulatorOptions.ChatsPerAgent must be at least 1, got 0"],
            error.Problems);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Run_RemoteTargetWithoutTenantUrlOrAppId_OneLinePerMissingSettingExitCode2()
    {
        var directory = Directory.CreateTempSubdirectory("chatswarm-remote-").FullName;
        try
        {
            var (exit, _, error) = await CliHarness.InvokeAsync(directory, "run", "--tenant", "http://127.0.0.1:9/");

            Assert.Equal(2, exit);
            var lines = error.TrimEnd().Split('\n');
            Assert.Contains(lines, l => l.StartsWith("chatswarm run: ", StringComparison.Ordinal) && l.Contains("tenant_url", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("chatswarm run: ", StringComparison.Ordinal) && l.Contains("app_id", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
