using System.Collections.Concurrent;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Testing;

/// <summary>
/// An in-memory API: polls return queued batches (or hold until cancelled), sends are recorded. It measures how many
/// polls and sends overlap, so tests can check the runner's one-poll, one-operation-at-a-time promises.
/// </summary>
public sealed class PushMessagingClient : IMessagingClient
{
    private readonly ConcurrentQueue<ChatEvent[]> _batches = new();
    private readonly SemaphoreSlim _batchReady = new(0);
    private int _polls;
    private int _sends;

    public MessagingClientOptions Options { get; } = new() { BaseAddress = new Uri("http://127.0.0.1:1"), TenantUrl = "t", AppId = "a" };

    public long UnknownEventCount => 0;

    public int MaxConcurrentPolls { get; private set; }

    public int MaxConcurrentSends { get; private set; }

    public int PollCount { get; private set; }

    public ConcurrentQueue<ChatEvent> Sent { get; } = new();

    public TimeSpan SendLatency { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The session's history so far; when set, Request Chat resumes the session (is_new_chat false).</summary>
    public ChatEvent[]? History { get; init; }

    public void Push(params ChatEvent[] events)
    {
        _batches.Enqueue(events);
        _batchReady.Release();
    }

    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-1", State = History is null ? ChatState.Queued : ChatState.Connected, IsNewChat = History is null }));

    public async Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _polls);
        MaxConcurrentPolls = Math.Max(MaxConcurrentPolls, now);
        PollCount++;
        try
        {
            await _batchReady.WaitAsync(cancellationToken);
            _batches.TryDequeue(out var batch);
            return OperationResult<ChatEventBatch>.Success(ApiMethod.GetNewChatEvents, new ChatEventBatch(batch!));
        }
        finally
        {
            Interlocked.Decrement(ref _polls);
        }
    }

    public async Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _sends);
        MaxConcurrentSends = Math.Max(MaxConcurrentSends, now);
        try
        {
            await Task.Delay(SendLatency, cancellationToken);
            foreach (var e in events)
            {
                Sent.Enqueue(e);
            }

            return OperationResult<Unit>.Success(ApiMethod.SendEvents, Unit.Value);
        }
        finally
        {
            Interlocked.Decrement(ref _sends);
        }
    }

    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<ChatEventBatch>.Success(ApiMethod.GetChatHistory, History is null ? ChatEventBatch.Empty : new ChatEventBatch(History)));

    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public void Dispose() => _batchReady.Dispose();
}
