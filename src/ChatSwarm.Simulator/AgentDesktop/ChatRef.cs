namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>Names a chat for the agent-control API: by chat id, or as "the active chat of client X".</summary>
public readonly record struct ChatRef
{
    private ChatRef(string? chatId, string? clientId)
    {
        ChatId = chatId;
        ClientId = clientId;
    }

    /// <summary>The chat id, when addressed by id.</summary>
    public string? ChatId { get; }

    /// <summary>The clientId, when addressed by client.</summary>
    public string? ClientId { get; }

    /// <summary>The chat with this id.</summary>
    /// <param name="chatId">The chat_id returned by Request Chat.</param>
    /// <returns>The reference.</returns>
    public static ChatRef ById(string chatId) => new(chatId, null);

    /// <summary>The active chat of the client with this clientId (under any configured app id).</summary>
    /// <param name="clientId">The clientId from the Authorization header.</param>
    /// <returns>The reference.</returns>
    public static ChatRef ByClientId(string clientId) => new(null, clientId);

    /// <inheritdoc />
    public override string ToString() => ChatId is not null ? $"chat {ChatId}" : $"the chat of client {ClientId}";
}
