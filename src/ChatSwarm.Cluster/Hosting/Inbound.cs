using Akka.Actor;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>Something a node's actor received, handed to the node's host loop with its sender.</summary>
/// <param name="Message">The message (a cluster message, or one of the node events below).</param>
/// <param name="Sender">Who sent it (<see cref="ActorRefs.Nobody"/> for node events).</param>
internal sealed record Inbound(object Message, IActorRef Sender);

/// <summary>A watched peer actor is gone: its node left or was downed (or the coordinator stopped).</summary>
/// <param name="Actor">The peer.</param>
internal sealed record PeerGone(IActorRef Actor);

/// <summary>The cluster sees a node as unreachable (it may come back until it is downed).</summary>
/// <param name="Node">The node's address.</param>
internal sealed record NodeUnreachable(ClusterEndpoint Node);

/// <summary>A node that was unreachable answers again.</summary>
/// <param name="Node">The node's address.</param>
internal sealed record NodeReachable(ClusterEndpoint Node);
