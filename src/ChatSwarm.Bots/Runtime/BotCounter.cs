namespace ChatSwarm.Bots.Runtime;

/// <summary>Per-script counters a conversation reports; the run's report shows them per script.</summary>
public enum BotCounter
{
    /// <summary>A conversation started (chat created or resumed; a host that restarts customers counts a customer's conversation once).</summary>
    ConversationStarted,
    /// <summary>A conversation ran its script to the end.</summary>
    ConversationCompleted,
    /// <summary>A chat_session_form_show was answered with form data.</summary>
    FormAnswered,
    /// <summary>A secure form was answered (filled) or cancelled.</summary>
    SecureFormAnswered,
    /// <summary>A file was uploaded and announced with chat_session_file.</summary>
    FileSent,
    /// <summary>A file offered by the agent was downloaded (and its size checked).</summary>
    FileReceived,
    /// <summary>An expect step was met.</summary>
    ExpectationMet,
    /// <summary>An expect step failed (timeout or mismatch).</summary>
    ExpectationFailed,
    /// <summary>A customer message was sent.</summary>
    MessageSent,
    /// <summary>An agent message was received.</summary>
    MessageReceived,
    /// <summary>Widget lifecycle event chatWindowOpen.</summary>
    ChatWindowOpen,
    /// <summary>Widget lifecycle event chatSessionCreated (the chat is queued).</summary>
    ChatSessionCreated,
    /// <summary>Widget lifecycle event chatSessionStarted (an agent joined).</summary>
    ChatSessionStarted,
    /// <summary>Widget lifecycle event chatSessionEnded.</summary>
    ChatSessionEnded,
    /// <summary>Widget lifecycle event chatWindowClosed.</summary>
    ChatWindowClosed,
}
