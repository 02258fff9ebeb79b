using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Working;

/// <summary>
/// A worker's mailbox on the cluster: finds the coordinator among the members, says hello until it answers, watches it,
/// and hands what it receives to <see cref="ClusterWorker"/>'s loop.
/// </summary>
internal sealed class WorkerActor : ReceiveActor, IWithTimers
{
    /// <summary>The actor's name under /user.</summary>
    public const string Name = "worker";

    private static readonly TimeSpan HelloInterval = TimeSpan.FromSeconds(1);

    private readonly ChannelWriter<Inbound> _inbox;
    private readonly WorkerHello _hello;
    private Address? _coordinatorNode;
    private IActorRef? _coordinator;

    public WorkerActor(ChannelWriter<Inbound> inbox, WorkerHello hello)
    {
        _inbox = inbox;
        _hello = hello;
        Receive<ClusterEvent.MemberUp>(up =>
        {
            if (up.Member.HasRole(ClusterHocon.CoordinatorRole) && _coordinatorNode is null)
            {
                _coordinatorNode = up.Member.Address;
                SayHello();
            }
        });
        Receive<SayHelloAgain>(_ => SayHello());
        Receive<IRunMessage>(message =>
        {
            if (_coordinator is null)
            {
                // The coordinator's first answer: stop saying hello and notice if it goes away.
                _coordinator = Sender;
                Timers.Cancel(SayHelloAgain.Instance);
                Context.Watch(Sender);
            }

            _inbox.TryWrite(new Inbound(message, Sender));
        });
        Receive<Terminated>(t => _inbox.TryWrite(new Inbound(new PeerGone(t.ActorRef), ActorRefs.Nobody)));
        Receive<ClusterEvent.UnreachableMember>(e => _inbox.TryWrite(new Inbound(new NodeUnreachable(ClusterNode.EndpointOf(e.Member.Address)), ActorRefs.Nobody)));
        Receive<ClusterEvent.ReachableMember>(e => _inbox.TryWrite(new Inbound(new NodeReachable(ClusterNode.EndpointOf(e.Member.Address)), ActorRefs.Nobody)));
        ReceiveAny(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart() =>
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(
            Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents, typeof(ClusterEvent.MemberUp), typeof(ClusterEvent.IReachabilityEvent));

    protected override void PostStop() => Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);

    private void SayHello()
    {
        if (_coordinatorNode is null || _coordinator is not null)
        {
            return;
        }

        Context.ActorSelection(new RootActorPath(_coordinatorNode) / "user" / CoordinatorActor.Name).Tell(_hello);
        Timers.StartSingleTimer(SayHelloAgain.Instance, SayHelloAgain.Instance, HelloInterval);
    }

    /// <summary>Timer: the coordinator has not answered yet.</summary>
    private sealed record SayHelloAgain
    {
        public static SayHelloAgain Instance { get; } = new();
    }
}
