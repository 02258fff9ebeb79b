namespace ChatSwarm.Client.Events;

/// <summary>The state of a chat session as reported by Request Chat, Get Active Chat and <c>chat_session_status</c>.</summary>
public enum ChatState
{
    /// <summary>A state this client does not know.</summary>
    Unknown,
    /// <summary><c>ivr</c>: the scenario is handling the chat before queueing.</summary>
    Ivr,
    /// <summary><c>queued</c>: waiting for an agent.</summary>
    Queued,
    /// <summary><c>connecting</c>: an agent is being connected.</summary>
    Connecting,
    /// <summary><c>connected</c>: an agent is in the chat.</summary>
    Connected,
    /// <summary><c>failed</c>: the session no longer exists.</summary>
    Failed,
    /// <summary><c>completed</c>: the session ended.</summary>
    Completed,
}
