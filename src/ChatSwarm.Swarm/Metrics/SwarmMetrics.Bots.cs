using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    private static readonly int BotCounterCount = Enum.GetValues<BotCounter>().Max(c => (int)c) + 1;

    /// <summary>Adds <paramref name="count"/> to a bot script's counter; widget lifecycle counters (chatWindowOpen, ...) go to the report's lifecycle section.</summary>
    /// <param name="scriptName">The script's name as shown in the report.</param>
    /// <param name="counter">What happened.</param>
    /// <param name="count">How many times (usually 1).</param>
    public void RecordBot(string scriptName, BotCounter counter, long count)
    {
        ArgumentNullException.ThrowIfNull(scriptName);
        if ((uint)counter >= (uint)BotCounterCount)
        {
            return;
        }

        if (!_bots.TryGetValue(scriptName, out var counters))
        {
            counters = _bots.GetOrAdd(scriptName, static _ => new long[BotCounterCount]);
        }

        Interlocked.Add(ref counters[(int)counter], count);
    }

    /// <summary>The current value of a bot script's counter (0 for an unknown script).</summary>
    /// <param name="scriptName">The script's name.</param>
    /// <param name="counter">The counter.</param>
    /// <returns>The value.</returns>
    public long BotCount(string scriptName, BotCounter counter) =>
        _bots.TryGetValue(scriptName, out var counters) && (uint)counter < (uint)counters.Length
            ? Volatile.Read(ref counters[(int)counter])
            : 0;

    /// <summary>The widget lifecycle event name of a counter (e.g. "chatWindowOpen"), or null when it is not a lifecycle counter.</summary>
    internal static string? LifecycleName(BotCounter counter) => counter switch
    {
        BotCounter.ChatWindowOpen => "chatWindowOpen",
        BotCounter.ChatSessionCreated => "chatSessionCreated",
        BotCounter.ChatSessionStarted => "chatSessionStarted",
        BotCounter.ChatSessionEnded => "chatSessionEnded",
        BotCounter.ChatWindowClosed => "chatWindowClosed",
        _ => null,
    };
}
