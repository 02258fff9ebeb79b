using Akka.Actor;
using Akka.Configuration;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cluster.Tests.Hosting;

public sealed class ClusterHoconTests
{
    [Fact]
    public async Task Build_ActorSystemFromIt_RunsOnTheSwarmsSchedulerNotAkkasTickingOne()
    {
        // Arrange
        var options = new ClusterOptions { Role = ClusterRole.Coordinator, Listen = new ClusterEndpoint("127.0.0.1", 0) };
        var config = ConfigurationFactory.ParseString(ClusterHocon.Build(options));

        // Act
        var system = ActorSystem.Create(ClusterHocon.SystemName, config);
        try
        {
            // Assert: the same scheduler as the swarm's own systems (timers on the clock, no 10 ms tick).
            var implementation = SwarmActorSystem.SchedulerImplementation;
            Assert.Equal(implementation[..implementation.IndexOf(',', StringComparison.Ordinal)], system.Scheduler.GetType().FullName);
        }
        finally
        {
            await system.Terminate();
        }
    }
}
