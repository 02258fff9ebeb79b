namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// A session's events: the history (what Get Chat History returns: server and client events, without signaling) and
/// the server events not yet taken by a poll. Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class EventLog
{
    private readonly List<byte[]> _history = [];
    private List<byte[]> _pending = [];

    /// <summary>Whether a poll would get events now.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>A server event: kept in the history and queued for the client.</summary>
    public void Emit(byte[] evt)
    {
        _history.Add(evt);
        _pending.Add(evt);
    }

    /// <summary>A server event queued for the client but, like the real server's signaling, not kept in the history.</summary>
    public void EmitTransient(byte[] evt) => _pending.Add(evt);

    /// <summary>A client event: kept in the history only.</summary>
    public void Record(byte[] evt) => _history.Add(evt);

    /// <summary>Takes every queued event, oldest first.</summary>
    public List<byte[]> TakePending()
    {
        var taken = _pending;
        _pending = [];
        return taken;
    }

    /// <summary>Drops the queued events: the client closed the chat, so nothing is left for it to poll.</summary>
    public void DropPending() => _pending.Clear();

    /// <summary>A copy of the history.</summary>
    public List<byte[]> HistorySnapshot() => [.. _history];
}
