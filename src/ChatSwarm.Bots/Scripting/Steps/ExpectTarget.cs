namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>What an <c>expect</c> step waits for.</summary>
internal enum ExpectTarget
{
    /// <summary>An agent chat_session_message (optionally matching text).</summary>
    Message,
    /// <summary>A chat_session_file from the agent.</summary>
    File,
    /// <summary>A chat_session_form_show, met once the form is answered.</summary>
    Form,
    /// <summary>A chat_session_secure_form_show, met once the form is filled or cancelled.</summary>
    SecureForm,
    /// <summary>A chat_session_case_set.</summary>
    CaseSet,
    /// <summary>A chat_session_timeout_warning.</summary>
    TimeoutWarning,
    /// <summary>An agent joined (chat_session_party_joined).</summary>
    AgentJoined,
    /// <summary>The server ended the chat (ended, inactivity timeout, status completed).</summary>
    Ended,
}
