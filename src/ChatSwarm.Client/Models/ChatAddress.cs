namespace ChatSwarm.Client.Models;

/// <summary>
/// One customer's chat as its long poll addresses it: made once per chat and passed to
/// <see cref="IMessagingClient.GetNewEventsAsync(ChatAddress, CancellationToken)"/> on every poll, so the client builds the
/// poll's URL and credentials once instead of per poll (a long-polling customer asks every few seconds for hours).
/// </summary>
public sealed class ChatAddress
{
    /// <summary>Addresses chat <paramref name="chatId"/> of the customer <paramref name="clientId"/>.</summary>
    /// <param name="clientId">The customer's clientId.</param>
    /// <param name="chatId">The chat's id, as Request Chat returned it.</param>
    public ChatAddress(string clientId, string chatId)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(chatId);
        ClientId = clientId;
        ChatId = chatId;
    }

    /// <summary>The customer's clientId.</summary>
    public string ClientId { get; }

    /// <summary>The chat's id.</summary>
    public string ChatId { get; }

    /// <summary>What the HTTP client built for polling this chat, tagged with that client; null until its first poll.</summary>
    internal object? Prepared { get; set; }
}
