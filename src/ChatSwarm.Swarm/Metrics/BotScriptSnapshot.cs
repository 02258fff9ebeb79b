using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>A bot script's counters at the moment of a snapshot.</summary>
/// <param name="Script">The script's name as shown in the report.</param>
/// <param name="Counts">The counters, indexed by <see cref="BotCounter"/>.</param>
public sealed record BotScriptSnapshot(string Script, IReadOnlyList<long> Counts)
{
    /// <summary>The value of one counter (0 when out of range).</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>The value.</returns>
    public long Count(BotCounter counter) => (uint)counter < (uint)Counts.Count ? Counts[(int)counter] : 0;
}
