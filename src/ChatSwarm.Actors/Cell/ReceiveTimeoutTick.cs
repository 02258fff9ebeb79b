namespace ChatSwarm.Actors;

/// <summary>Internal tick of the receive-timeout timer; stale generations are dropped.</summary>
internal sealed class ReceiveTimeoutTick(int generation) : INotInfluenceReceiveTimeout
{
    public int Generation { get; } = generation;
}
