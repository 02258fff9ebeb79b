using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Working;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Cluster.Tests.Hosting;

public sealed class ClusterOptionsTests
{
    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var options = TestCluster.Node(ClusterRole.Worker, join: null) with { HeartbeatPause = TimeSpan.Zero };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            ["ClusterOptions.Join: a worker needs the coordinator's address", "ClusterOptions.HeartbeatPause: expected at least 1 s, got 00:00:00"],
            error.Problems);
    }

    [Fact]
    public void Validate_WorkerWithProblemsInItsClusterOptions_ListsThemPrefixed()
    {
        var options = new WorkerOptions
        {
            Cluster = TestCluster.Node(ClusterRole.Coordinator, join: null) with { StableAfter = TimeSpan.Zero },
            FinalTimeout = TimeSpan.Zero,
        };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            [
                "WorkerOptions.Cluster.StableAfter: expected at least 1 s, got 00:00:00",
                "WorkerOptions.Cluster.Role: a worker's node must have the worker role",
                "WorkerOptions.FinalTimeout: expected a positive duration, got 00:00:00",
            ],
            error.Problems);
    }

    [Fact]
    public void Validate_CoordinatorWithTwoProblems_OneExceptionListingBoth()
    {
        var options = new CoordinatorOptions
        {
            Cluster = TestCluster.Node(ClusterRole.Coordinator, join: null),
            Workers = 0,
            Profile = new Swarm.Profiles.LoadProfile(),
            Assignment = null!,
        };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            ["CoordinatorOptions.Workers: expected at least 1, got 0", "CoordinatorOptions.Assignment: expected the work assignment, got null"],
            error.Problems);
    }
}
