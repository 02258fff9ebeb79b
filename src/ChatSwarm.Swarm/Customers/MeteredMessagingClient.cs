using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// Records every call's result in <see cref="SwarmMetrics"/> before handing it on, so calls made by bot operations
/// (sends, uploads, downloads, case calls) are measured exactly like the customer actor's own polls.
/// Does not own the inner client.
/// </summary>
internal sealed class MeteredMessagingClient : IMessagingClient
{
    private readonly IMessagingClient _inner;
    private readonly SwarmMetrics _metrics;

    public MeteredMessagingClient(IMessagingClient inner, SwarmMetrics metrics)
    {
        _inner = inner;
        _metrics = metrics;
    }

    public MessagingClientOptions Options => _inner.Options;

    public long UnknownEventCount => _inner.UnknownEventCount;

    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.CheckAvailabilityAsync(clientId, cancellationToken));

    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetExpectedParametersAsync(clientId, cancellationToken));

    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default) =>
        Record(_inner.RequestChatAsync(clientId, request, cancellationToken));

    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default) =>
        Record(_inner.SubscribeNotificationsAsync(clientId, chatId, subscription, cancellationToken));

    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetActiveChatAsync(clientId, cancellationToken));

    public Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default) =>
        Record(_inner.SendEventsAsync(clientId, chatId, events, cancellationToken));

    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetChatHistoryAsync(clientId, chatId, cancellationToken));

    public Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetNewEventsAsync(clientId, chatId, cancellationToken));

    public Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default) =>
        Record(_inner.UploadFileAsync(clientId, file, cancellationToken));

    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetFileAsync(clientId, chatId, fileId, cancellationToken));

    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetAgentProfilePhotoAsync(clientId, chatId, partyId, cancellationToken));

    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetIceServersAsync(clientId, cancellationToken));

    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetWidgetConfigurationAsync(clientId, cancellationToken));

    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetCaseHistoryAsync(clientId, cancellationToken));

    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.CloseCaseAsync(clientId, cancellationToken));

    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) =>
        Record(_inner.GetVersionAsync(clientId, cancellationToken));

    // The shared client is owned by whoever created it (the CLI or a test), not by this decorator.
    public void Dispose()
    {
    }

    private async Task<OperationResult<T>> Record<T>(Task<OperationResult<T>> call)
    {
        var result = await call.ConfigureAwait(false);
        _metrics.RecordCall(result);
        return result;
    }
}
