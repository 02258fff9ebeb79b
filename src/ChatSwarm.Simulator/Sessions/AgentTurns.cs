namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// The autonomous agent's progress through the chat: how many replies it sent and which customer messages, typed while
/// no agent was there, it still owes an answer. Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class AgentTurns
{
    private int _exchanges;
    private List<string>? _backlog;

    /// <summary>How many replies the agent has sent.</summary>
    public int Exchanges => _exchanges;

    /// <summary>A customer message arrived before an agent connected: answer it once one does.</summary>
    public void Defer(string msgId) => (_backlog ??= []).Add(msgId);

    /// <summary>Takes the messages owed an answer, oldest first, or null when none are.</summary>
    public List<string>? TakeBacklog()
    {
        var waiting = _backlog;
        _backlog = null;
        return waiting;
    }

    /// <summary>Counts a reply; true when it is the last one before the agent ends the chat (never when <paramref name="exchangesBeforeEnd"/> is 0).</summary>
    public bool CountReply(int exchangesBeforeEnd)
    {
        _exchanges++;
        return exchangesBeforeEnd > 0 && _exchanges >= exchangesBeforeEnd;
    }
}
