using ChatSwarm.Cluster.Hosting;

namespace ChatSwarm.Cli.Cluster;

/// <summary><c>chatswarm worker</c>'s options, each already parsed by its option; null when not given.</summary>
/// <param name="Join">--join (or CHATSWARM_JOIN): the coordinator's address HOST:PORT.</param>
/// <param name="Listen">--listen: this worker's cluster address HOST:PORT; null picks the interface that reaches the coordinator and a free port.</param>
/// <param name="Tenant">--tenant: send this worker's traffic to another Messaging API base URL than the coordinator's (benchmarks: one simulator per worker).</param>
/// <param name="Out">--out: where the worker writes its own shard report when the coordinator is lost.</param>
/// <param name="AkkaConfig">--akka-config: HOCON laid over the built-in Akka settings.</param>
internal sealed record WorkerArguments(ClusterEndpoint? Join, ClusterEndpoint? Listen = null, Uri? Tenant = null, DirectoryInfo? Out = null, FileInfo? AkkaConfig = null);
