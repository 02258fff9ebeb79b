using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>Chat operations as the connected agent: no_interaction for unknown or ended chats, not_suitable_state before connected.</summary>
public sealed partial class AgentControl
{
    /// <summary>Describes a chat.</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The chat's state, agent and case.</returns>
    public AgentOperationResult<ChatInfo> GetChat(ChatRef chat)
    {
        if (Resolve(chat) is not { } session) return AgentOperationResult<ChatInfo>.Failure(AgentErrorCode.NoInteraction, $"{chat} is not known");
        return AgentOperationResult<ChatInfo>.Success(Describe(session));
    }

    /// <summary>Waits until an agent is connected to the chat (for a client, until it has requested one and it is connected).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The chat once connected.</returns>
    /// <exception cref="InvalidOperationException">The chat ended or is unknown.</exception>
    public async Task<ChatInfo> WaitForConnectedAsync(ChatRef chat, CancellationToken cancellationToken)
    {
        ChatSession session;
        if (chat.ChatId is not null)
        {
            session = _engine.Find(chat.ChatId) ?? throw new InvalidOperationException($"{chat} is not known.");
        }
        else
        {
            session = await _engine.WaitForActiveSessionAsync(chat.ClientId!, cancellationToken).ConfigureAwait(false);
        }

        await session.Connected.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Describe(session);
    }

    /// <summary>Sends a chat_session_message from the agent.</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="text">The message.</param>
    /// <returns>The message id.</returns>
    public AgentOperationResult<string> SendMessage(ChatRef chat, string text) =>
        string.IsNullOrEmpty(text) ? Invalid("text must not be empty") : Run(chat, AgentAction.SendMessage, text, null, null);

    /// <summary>Shows a form (chat_session_form_show).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="formName">The form name.</param>
    /// <param name="timeoutSeconds">The form_timeout announced.</param>
    /// <returns>The form_request_id.</returns>
    public AgentOperationResult<string> ShowForm(ChatRef chat, string formName, int timeoutSeconds = 120) =>
        string.IsNullOrWhiteSpace(formName) || timeoutSeconds < 1
            ? Invalid("formName must not be empty and timeoutSeconds must be at least 1")
            : Run(chat, AgentAction.ShowForm, formName, timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    /// <summary>Shows a secure form (chat_session_secure_form_show).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="formId">The form id.</param>
    /// <returns>The form_request_id.</returns>
    public AgentOperationResult<string> ShowSecureForm(ChatRef chat, string formId) =>
        string.IsNullOrWhiteSpace(formId) ? Invalid("formId must not be empty") : Run(chat, AgentAction.ShowSecureForm, formId, null, null);

    /// <summary>Stores a file and sends chat_session_file (file_type image for image/* content, attachment otherwise).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The MIME type.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The file id, downloadable with Get File.</returns>
    public AgentOperationResult<string> SendFile(ChatRef chat, string fileName, string contentType, byte[] content) =>
        string.IsNullOrWhiteSpace(fileName) || string.IsNullOrWhiteSpace(contentType) || content is null
            ? Invalid("fileName, contentType and content are required")
            : Run(chat, AgentAction.SendFile, fileName, contentType, content);

    /// <summary>Sets the chat's CRM case (chat_session_case_set).</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="caseId">The case id.</param>
    /// <returns>The case id.</returns>
    public AgentOperationResult<string> SetCase(ChatRef chat, string caseId) =>
        string.IsNullOrWhiteSpace(caseId) ? Invalid("caseId must not be empty") : Run(chat, AgentAction.SetCase, caseId, null, null);

    /// <summary>Sends chat_session_typing or chat_session_not_typing.</summary>
    /// <param name="chat">The chat.</param>
    /// <param name="typing">Typing or not.</param>
    /// <returns>The chat id.</returns>
    public AgentOperationResult<string> SetTyping(ChatRef chat, bool typing) =>
        Run(chat, typing ? AgentAction.Typing : AgentAction.NotTyping, null, null, null);

    /// <summary>Ends the chat as the agent: party_left, status completed, chat_session_ended.</summary>
    /// <param name="chat">The chat.</param>
    /// <returns>The chat id.</returns>
    public AgentOperationResult<string> EndChat(ChatRef chat) => Run(chat, AgentAction.EndChat, null, null, null);

    private static AgentOperationResult<string> Invalid(string message) => AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, message);

    private AgentOperationResult<string> Run(ChatRef chat, AgentAction action, string? a, string? b, byte[]? content)
    {
        if (Resolve(chat) is not { } session) return AgentOperationResult<string>.Failure(AgentErrorCode.NoInteraction, $"{chat} is not known or has ended");
        return session.Control(action, a, b, content);
    }

    private ChatSession? Resolve(ChatRef chat) =>
        chat.ChatId is not null ? _engine.Find(chat.ChatId)
        : chat.ClientId is not null ? _engine.FindActiveByClientId(chat.ClientId)
        : null;

    private static ChatInfo Describe(ChatSession s)
    {
        var (state, _) = s.Snapshot();
        return new ChatInfo(s.ChatId, s.ClientId, state.Wire(), s.Agent?.Id, s.AgentPartyId, s.CaseId);
    }
}
