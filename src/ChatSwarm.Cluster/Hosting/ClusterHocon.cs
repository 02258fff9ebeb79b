using System.Globalization;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>
/// The Akka settings of a cluster node, as HOCON built in code:
/// <list type="bullet">
/// <item>Akka.Remote over TCP (dot-netty) on the node's address; frames up to 512 KB (larger payloads travel in parts);</item>
/// <item>ChatSwarm's own binary serializer for every cluster message (never Akka's JSON fallback);</item>
/// <item>cluster internals on their own thread, so heartbeats are answered while the load saturates the thread pool;</item>
/// <item>a failure detector that tolerates a CPU-saturated load generator (see <see cref="ClusterOptions.HeartbeatPause"/>);</item>
/// <item>the split-brain resolver's keep-oldest strategy on the coordinator role: the side with the coordinator always
/// survives (down-if-alone off, so a coordinator that lost every worker stays up to write the report), and workers cut
/// off from it down themselves, end their chats and write their own reports. A static quorum would instead stop the whole
/// run when enough workers die, and keep-majority could keep a side without the coordinator, which no one can report;</item>
/// <item>the swarm's scheduler (<see cref="SwarmActorSystem.SchedulerImplementation"/>): Akka's default one ticks every 10 ms
/// whether or not anything is due, which was about half of an idle-waiting coordinator's CPU during a run;</item>
/// <item>Akka never hooks process exit or ends the process: the command owns signals and the exit code.</item>
/// </list>
/// </summary>
public static class ClusterHocon
{
    /// <summary>The actor system's name; every node of a run must use it.</summary>
    public const string SystemName = "chatswarm";

    /// <summary>The role name the coordinator carries (the split-brain resolver keeps its side).</summary>
    public const string CoordinatorRole = "coordinator";

    /// <summary>The role name workers carry.</summary>
    public const string WorkerRole = "worker";

    /// <summary>Largest remoting frame; payloads above <see cref="PayloadParts.PartSize"/> are sent in parts.</summary>
    internal const int MaximumFrameSize = 512_000;

    /// <summary>The built-in HOCON, before <see cref="ClusterOptions.Hocon"/> is laid over it.</summary>
    /// <param name="options">The node's options.</param>
    /// <returns>The HOCON text.</returns>
    public static string Build(ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var role = options.Role == ClusterRole.Coordinator ? CoordinatorRole : WorkerRole;
        var serializer = typeof(ClusterMessageSerializer);
        var message = typeof(IRunMessage);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            akka {
              loglevel = WARNING
              stdout-loglevel = OFF
              loggers = []
              log-config-on-start = off
              log-dead-letters = off
              log-dead-letters-during-shutdown = off
              scheduler.implementation = "{{SwarmActorSystem.SchedulerImplementation}}"
              actor {
                provider = cluster
                guardian-supervisor-strategy = "Akka.Actor.StoppingSupervisorStrategy"
                default-dispatcher.executor = "thread-pool-executor"
                serializers.chatswarm = "{{serializer.FullName}}, {{serializer.Assembly.GetName().Name}}"
                serialization-bindings {
                  "{{message.FullName}}, {{message.Assembly.GetName().Name}}" = chatswarm
                }
              }
              remote {
                log-remote-lifecycle-events = off
                dot-netty.tcp {
                  hostname = "{{options.Listen.Host}}"
                  port = {{options.Listen.Port}}
                  maximum-frame-size = {{MaximumFrameSize}}b
                }
                watch-failure-detector {
                  acceptable-heartbeat-pause = {{Ms(options.HeartbeatPause)}}
                  threshold = {{options.FailureThreshold}}
                }
              }
              cluster {
                roles = [{{role}}]
                seed-nodes = []
                log-info = off
                use-dispatcher = chatswarm-cluster-dispatcher
                run-coordinated-shutdown-when-down = on
                failure-detector {
                  heartbeat-interval = 1s
                  acceptable-heartbeat-pause = {{Ms(options.HeartbeatPause)}}
                  threshold = {{options.FailureThreshold}}
                }
                downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
                split-brain-resolver {
                  active-strategy = keep-oldest
                  stable-after = {{Ms(options.StableAfter)}}
                  keep-oldest {
                    down-if-alone = off
                    role = {{CoordinatorRole}}
                  }
                }
              }
              coordinated-shutdown {
                run-by-clr-shutdown-hook = off
                exit-clr = off
              }
            }
            chatswarm-cluster-dispatcher {
              type = ForkJoinDispatcher
              throughput = 100
              dedicated-thread-pool.thread-count = 1
            }
            """);
    }

    private static string Ms(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{(long)value.TotalMilliseconds}ms");
}
