using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>
/// The coordinator's mailbox on the cluster: watches every worker that says hello and hands what it receives (worker
/// messages, deaths, reachability) to <see cref="CoordinatorRun"/>'s loop, which decides. Deciding nothing here keeps
/// the run's state in one place, read and written by one loop.
/// </summary>
internal sealed class CoordinatorActor : ReceiveActor
{
    /// <summary>The actor's name under /user; workers address it there.</summary>
    public const string Name = "coordinator";

    public CoordinatorActor(ChannelWriter<Inbound> inbox)
    {
        Receive<WorkerHello>(hello =>
        {
            Context.Watch(Sender);
            inbox.TryWrite(new Inbound(hello, Sender));
        });
        Receive<IRunMessage>(message => inbox.TryWrite(new Inbound(message, Sender)));
        Receive<Terminated>(t => inbox.TryWrite(new Inbound(new PeerGone(t.ActorRef), ActorRefs.Nobody)));
        Receive<ClusterEvent.UnreachableMember>(e => inbox.TryWrite(new Inbound(new NodeUnreachable(ClusterNode.EndpointOf(e.Member.Address)), ActorRefs.Nobody)));
        Receive<ClusterEvent.ReachableMember>(e => inbox.TryWrite(new Inbound(new NodeReachable(ClusterNode.EndpointOf(e.Member.Address)), ActorRefs.Nobody)));
        ReceiveAny(_ => { });
    }

    protected override void PreStart() =>
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents, typeof(ClusterEvent.IReachabilityEvent));

    protected override void PostStop() => Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);
}
