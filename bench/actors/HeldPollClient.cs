using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bench.Actors;

/// <summary>An API whose chats open at once and whose polls are held until cancelled, as a queued chat's are.</summary>
internal sealed class HeldPollClient : IMessagingClient
{
    private int _held;
    private int _chats;

    public MessagingClientOptions Options { get; } = new() { BaseAddress = new Uri("http://127.0.0.1:1/"), TenantUrl = "bench", AppId = "bench" };

    public long UnknownEventCount => 0;

    public int HeldPolls => Volatile.Read(ref _held);

    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-" + Interlocked.Increment(ref _chats), State = ChatState.Queued }));

    public async Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _held);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _held);
        }

        return Fail<ChatEventBatch>(ApiMethod.GetNewChatEvents);
    }

    public Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<Unit>.Success(ApiMethod.SendEvents, Unit.Value));

    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<Availability>(ApiMethod.CheckAvailability));

    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<IReadOnlyList<ExpectedParameter>>(ApiMethod.ExpectedParameters));

    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default) => Task.FromResult(Fail<NotificationServices>(ApiMethod.NotificationSubscription));

    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<ChatSession>(ApiMethod.GetActiveChat));

    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<ChatEventBatch>(ApiMethod.GetChatHistory));

    public Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default) => Task.FromResult(Fail<UploadedFile>(ApiMethod.UploadFile));

    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<FileDownload>(ApiMethod.GetFile));

    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<FileDownload>(ApiMethod.GetAgentProfilePhoto));

    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<IReadOnlyList<IceServer>>(ApiMethod.GetIceServers));

    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<WidgetConfiguration>(ApiMethod.GetChatWidgetConfiguration));

    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<CaseHistory>(ApiMethod.GetCaseHistory));

    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<Unit>(ApiMethod.CloseCase));

    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) => Task.FromResult(Fail<ServerVersion>(ApiMethod.GetVersion));

    public void Dispose()
    {
    }

    private static OperationResult<T> Fail<T>(ApiMethod method) => OperationResult<T>.Failure(method, ApiError.From(ApiErrorCode.NoEvents));
}
