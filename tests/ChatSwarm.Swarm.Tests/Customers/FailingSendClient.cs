using System.Collections.Concurrent;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Swarm.Tests.Customers;

/// <summary>
/// Passes every call to a real client, except that Send Events calls chosen by <see cref="FailSend"/> are answered
/// with a transient 5000 without reaching the server (as the simulator's injected faults do), and the sends that
/// did reach it are recorded.
/// </summary>
internal sealed class FailingSendClient(IMessagingClient inner) : IMessagingClient
{
    private readonly ConcurrentQueue<ChatEvent> _delivered = new();
    private int _failed;

    /// <summary>Decides whether a send fails; default never.</summary>
    public Func<IReadOnlyList<ChatEvent>, bool> FailSend { get; set; } = _ => false;

    /// <summary>Events the server accepted, in order.</summary>
    public IReadOnlyList<ChatEvent> Delivered => _delivered.ToArray();

    public int FailedSends => Volatile.Read(ref _failed);

    public MessagingClientOptions Options => inner.Options;

    public long UnknownEventCount => inner.UnknownEventCount;

    public async Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default)
    {
        if (FailSend(events))
        {
            Interlocked.Increment(ref _failed);
            return OperationResult<Unit>.Failure(ApiMethod.SendEvents, ApiError.From(ApiErrorCode.ChatServerTimeout));
        }

        var result = await inner.SendEventsAsync(clientId, chatId, events, cancellationToken);
        if (result.IsSuccess)
        {
            foreach (var e in events)
            {
                _delivered.Enqueue(e);
            }
        }

        return result;
    }

    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.CheckAvailabilityAsync(clientId, cancellationToken);

    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetExpectedParametersAsync(clientId, cancellationToken);

    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default) =>
        inner.RequestChatAsync(clientId, request, cancellationToken);

    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default) =>
        inner.SubscribeNotificationsAsync(clientId, chatId, subscription, cancellationToken);

    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetActiveChatAsync(clientId, cancellationToken);

    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        inner.GetChatHistoryAsync(clientId, chatId, cancellationToken);

    public Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        inner.GetNewEventsAsync(clientId, chatId, cancellationToken);

    public Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default) =>
        inner.UploadFileAsync(clientId, file, cancellationToken);

    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default) =>
        inner.GetFileAsync(clientId, chatId, fileId, cancellationToken);

    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default) =>
        inner.GetAgentProfilePhotoAsync(clientId, chatId, partyId, cancellationToken);

    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetIceServersAsync(clientId, cancellationToken);

    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetWidgetConfigurationAsync(clientId, cancellationToken);

    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetCaseHistoryAsync(clientId, cancellationToken);

    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.CloseCaseAsync(clientId, cancellationToken);

    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) =>
        inner.GetVersionAsync(clientId, cancellationToken);

    public void Dispose()
    {
    }
}
