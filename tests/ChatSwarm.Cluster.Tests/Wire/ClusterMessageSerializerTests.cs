using Akka.Actor;
using Akka.Configuration;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Cluster.Working;

namespace ChatSwarm.Cluster.Tests.Wire;

public sealed class ClusterMessageSerializerTests
{
    public static TheoryData<object> Messages() =>
    [
        new WorkerHello("127.0.0.1:4053", 42),
        new WorkerReady(null),
        new WorkerReady("p.yaml:3: bad phase"),
        new Dismiss("the run already has its 2 worker(s)"),
        new BeginRun(1_764_528_000_123),
        new StopWork(true, "stopped at once (Ctrl+C or SIGTERM twice)"),
        FinalReceived.Instance,
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Serialization_EveryClusterMessage_RoundTripsThroughTheBoundSerializer(object message)
    {
        var system = ActorSystem.Create("serializer-test", ConfigurationFactory.ParseString(ClusterHocon.Build(TestCluster.Node(ClusterRole.Coordinator, null))));
        try
        {
            var serializer = system.Serialization.FindSerializerFor(message);
            var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, message);

            var copy = system.Serialization.Deserialize(serializer.ToBinary(message), serializer.Identifier, manifest);

            Assert.IsType<ClusterMessageSerializer>(serializer);
            Assert.Equal(message, copy);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task Serialization_PayloadPart_KeepsItsBytes()
    {
        var system = ActorSystem.Create("serializer-test", ConfigurationFactory.ParseString(ClusterHocon.Build(TestCluster.Node(ClusterRole.Worker, new ClusterEndpoint("127.0.0.1", 1)))));
        try
        {
            var part = new PayloadPart(PayloadKind.Tick, 7, 1, 3, [1, 2, 3, 255]);
            var serializer = system.Serialization.FindSerializerFor(part);

            var copy = Assert.IsType<PayloadPart>(system.Serialization.Deserialize(serializer.ToBinary(part), serializer.Identifier, Akka.Serialization.Serialization.ManifestFor(serializer, part)));

            Assert.Equal((part.Kind, part.Id, part.Index, part.Count), (copy.Kind, copy.Id, copy.Index, copy.Count));
            Assert.Equal(part.Data, copy.Data);
        }
        finally
        {
            await system.Terminate();
        }
    }
}
