namespace ChatSwarm.Bots.Scripting;

/// <summary>Widget lifecycle events, named as the owidget widget's app events.</summary>
public enum LifecycleHook
{
    /// <summary><c>chatWindowOpen</c>: the chat window opened (the conversation starts).</summary>
    ChatWindowOpen,
    /// <summary><c>chatSessionCreated</c>: the client waits for an operator (queued).</summary>
    ChatSessionCreated,
    /// <summary><c>chatSessionStarted</c>: a session with an operator began (an agent joined).</summary>
    ChatSessionStarted,
    /// <summary><c>chatSessionEnded</c>: the session is over.</summary>
    ChatSessionEnded,
    /// <summary><c>chatWindowClosed</c>: the chat window closed.</summary>
    ChatWindowClosed,
}
