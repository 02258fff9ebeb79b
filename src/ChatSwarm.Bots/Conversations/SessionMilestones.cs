namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Whether the chat session was seen created (queued or later) and started (an agent connected), so each lifecycle
/// hook fires once however many events report the same state.
/// </summary>
internal sealed class SessionMilestones
{
    private bool _created;
    private bool _started;

    /// <summary>Marks the session created; true only the first time, when its hook is due.</summary>
    public bool ReachCreated()
    {
        if (_created)
        {
            return false;
        }

        _created = true;
        return true;
    }

    /// <summary>Marks the session started; true only the first time, when its hook is due. A started session was created, see <see cref="ReachCreated"/>.</summary>
    public bool ReachStarted()
    {
        if (_started)
        {
            return false;
        }

        _started = true;
        return true;
    }
}
