using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>A worker announces itself once it is a cluster member (resent until the coordinator answers).</summary>
/// <param name="Name">The worker's cluster address, host:port.</param>
/// <param name="ProcessId">The worker's process id, for the log.</param>
internal sealed record WorkerHello(string Name, int ProcessId) : IRunMessage;

/// <summary>A worker's answer to its assignment: ready to start, or the one-line reason it cannot run it.</summary>
/// <param name="Problem">Null when ready.</param>
internal sealed record WorkerReady(string? Problem) : IRunMessage;
