namespace ChatSwarm.Bots.Runtime;

/// <summary>Why a chat ended outside the script's control.</summary>
public enum ChatEndReason
{
    /// <summary>The server ended it (chat_session_ended or status completed).</summary>
    EndedByServer,
    /// <summary>The server reported status failed.</summary>
    Failed,
    /// <summary>The customer was timed out for inactivity.</summary>
    InactivityTimeout,
    /// <summary>The session is gone (5005) or a permanent error stopped the customer.</summary>
    SessionLost,
    /// <summary>The run is stopping (duration reached, Ctrl+C, max session duration).</summary>
    RunStopping,
}
