namespace ChatSwarm.Cluster.Wire;

/// <summary>
/// One part of a payload too large for one remoting frame (a profile's files, a worker's metrics or its final report).
/// Akka delivers messages between two actors in order, so the parts of one payload arrive in sequence.
/// </summary>
/// <param name="Kind">What the assembled payload is (see <see cref="PayloadKind"/>).</param>
/// <param name="Id">The payload's number, unique per sender.</param>
/// <param name="Index">This part's position, from 0.</param>
/// <param name="Count">How many parts the payload has.</param>
/// <param name="Data">This part's bytes.</param>
internal sealed record PayloadPart(PayloadKind Kind, long Id, int Index, int Count, byte[] Data) : IRunMessage;

/// <summary>What a payload holds.</summary>
internal enum PayloadKind
{
    /// <summary>A <see cref="WorkAssignment"/> (coordinator to worker).</summary>
    Assignment = 1,

    /// <summary>A <see cref="WorkerTick"/> (worker to coordinator).</summary>
    Tick = 2,
}
