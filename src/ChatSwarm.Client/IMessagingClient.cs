using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Client;

/// <summary>
/// The Mobile/Web Messaging API v2, one typed call per method. One instance (and one connection pool) serves
/// every simulated customer of a process; each call names the customer by its <c>clientId</c>. Calls never throw
/// for API or transport failures: they return an error <see cref="OperationResult{T}"/>. Cancellation by the
/// caller's token throws <see cref="OperationCanceledException"/>, as usual in .NET.
/// </summary>
public interface IMessagingClient : IDisposable
{
    /// <summary>The validated options the client was built with.</summary>
    MessagingClientOptions Options { get; }

    /// <summary>How many events of unknown name were received (kept as <see cref="UnknownEvent"/>).</summary>
    long UnknownEventCount { get; }

    /// <summary>Check Availability: GET /availability.</summary>
    Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Expected Parameters: GET /parameters.</summary>
    Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Request Chat: POST /chats. Returns the client's existing session (IsNewChat false) when it has one.</summary>
    Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>Mobile Notification Subscription: POST /chats/{chatId}/notifications.</summary>
    Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Get Active Chat: GET /chats/active.</summary>
    Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Send Events: POST /chats/{chatId}/events.</summary>
    Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Get Chat History: GET /chats/{chatId}/history.</summary>
    Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default);

    /// <summary>Get New Chat Events: GET /chats/{chatId}/events, a long poll held by the server; the token cancels it.</summary>
    Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Get New Chat Events for a chat addressed once (<see cref="ChatAddress"/>): the same call, with the URL and credentials
    /// built on the first poll and reused by every later one.
    /// </summary>
    Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(ChatAddress chat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return GetNewEventsAsync(chat.ClientId, chat.ChatId, cancellationToken);
    }

    /// <summary>Upload File: POST /files, multipart, streamed. Files over <see cref="MessagingClientOptions.MaxUploadBytes"/> are refused before sending with 5501.</summary>
    Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default);

    /// <summary>Get File: GET /chats/{chatId}/files/{fileId}; the body is streamed, dispose the download.</summary>
    Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default);

    /// <summary>Get Agent Profile Photo: GET /chats/{chatId}/profilephotos/{partyId}; streamed, dispose the download.</summary>
    Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default);

    /// <summary>Get ICE Servers: GET /iceservers.</summary>
    Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Get Chat Widget Configuration: GET /configuration.</summary>
    Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Get Case History: GET /casehistory (after <c>chat_session_case_set</c>; 406 before).</summary>
    Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Close Case: POST /closecase (after <c>chat_session_case_set</c>; 406 before).</summary>
    Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Get Version: GET /version.</summary>
    Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default);
}
