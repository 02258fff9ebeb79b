using System.Text.Json;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Client.Serialization.Wire;

namespace ChatSwarm.Client.Http;

internal sealed partial class MessagingHttpClient
{
    private static readonly BodyReader<Unit> IgnoreBody = static _ => Unit.Value;

    /// <inheritdoc />
    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<Availability>(ApiMethod.CheckAvailability, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.CheckAvailability, Get, "availability", clientId, null, ResponseReaders.ReadAvailability, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<IReadOnlyList<ExpectedParameter>>(ApiMethod.ExpectedParameters, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.ExpectedParameters, Get, "parameters", clientId, null, ResponseReaders.ReadParameters, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsMissing(clientId)) return Task.FromResult(Invalid<ChatSession>(ApiMethod.RequestChat, "clientId is empty or contains a quote or line break"));
        var body = new ChatRequestBody { PhoneNumber = request.PhoneNumber, From = request.From, Parameters = request.Parameters };
        var json = JsonSerializer.SerializeToUtf8Bytes(body, MessagingJsonContext.Default.ChatRequestBody);
        return SendAsync(ApiMethod.RequestChat, Post, "chats", clientId, JsonContent(json), ResponseReaders.ReadChatSession, Options.RequestTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (IsMissing(clientId)) return Task.FromResult(Invalid<NotificationServices>(ApiMethod.NotificationSubscription, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<NotificationServices>(ApiMethod.NotificationSubscription, "chatId is empty or contains a quote or line break"));
        var body = new NotificationSubscriptionBody
        {
            IosApnsDeviceToken = subscription.IosApnsDeviceToken,
            IosAppBundleId = subscription.IosAppBundleId,
            IosFirebaseDeviceToken = subscription.IosFirebaseDeviceToken,
            AndroidFirebaseDeviceToken = subscription.AndroidFirebaseDeviceToken,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(body, MessagingJsonContext.Default.NotificationSubscriptionBody);
        return SendAsync(ApiMethod.NotificationSubscription, Post, ChatPath(chatId, "/notifications"), clientId, JsonContent(json),
            ResponseReaders.ReadNotificationServices, Options.RequestTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<ChatSession>(ApiMethod.GetActiveChat, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.GetActiveChat, Get, "chats/active", clientId, null, ResponseReaders.ReadChatSession, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (IsMissing(clientId)) return Task.FromResult(Invalid<Unit>(ApiMethod.SendEvents, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<Unit>(ApiMethod.SendEvents, "chatId is empty or contains a quote or line break"));
        var json = ChatEventJson.WriteEventsBody(events);
        return SendAsync(ApiMethod.SendEvents, Post, ChatPath(chatId, "/events"), clientId, JsonContent(json), IgnoreBody, Options.RequestTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default)
    {
        if (IsMissing(clientId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetChatHistory, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetChatHistory, "chatId is empty or contains a quote or line break"));
        return SendAsync(ApiMethod.GetChatHistory, Get, ChatPath(chatId, "/history"), clientId, null, _readCountedBatch, Options.RequestTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default)
    {
        if (IsMissing(clientId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetNewChatEvents, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetNewChatEvents, "chatId is empty or contains a quote or line break"));
        return SendAsync(ApiMethod.GetNewChatEvents, Get, ChatPath(chatId, "/events"), clientId, null, _readCountedBatch, Options.PollTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(ChatAddress chat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (chat.Prepared is not PreparedPoll poll || !ReferenceEquals(poll.Client, this))
        {
            if (IsMissing(chat.ClientId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetNewChatEvents, "clientId is empty or contains a quote or line break"));
            if (IsMissing(chat.ChatId)) return Task.FromResult(Invalid<ChatEventBatch>(ApiMethod.GetNewChatEvents, "chatId is empty or contains a quote or line break"));
            poll = new PreparedPoll(this, Address(ChatPath(chat.ChatId, "/events")), Authorization(chat.ClientId));
            chat.Prepared = poll;
        }

        return SendAsync(ApiMethod.GetNewChatEvents, Get, poll.Address, poll.Authorization, null, _readCountedBatch, Options.PollTimeout, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (IsMissing(clientId)) return Invalid<UploadedFile>(ApiMethod.UploadFile, "clientId is empty or contains a quote or line break");
        if (!file.Content.CanRead) return Invalid<UploadedFile>(ApiMethod.UploadFile, "the file's content stream is not readable");

        var length = file.Length ?? (file.Content.CanSeek ? file.Content.Length - file.Content.Position : null);
        if (length > Options.MaxUploadBytes)
        {
            return OperationResult<UploadedFile>.Failure(ApiMethod.UploadFile, ApiError.From(ApiErrorCode.UploadSizeLimitExceeded,
                $"Upload size limit exceeded: '{file.FileName}' has {length} bytes, the limit is {Options.MaxUploadBytes}."));
        }

        var part = new UploadContent(file.Content, length, Options.MaxUploadBytes);
        part.Headers.TryAddWithoutValidation("Content-Type", file.ContentType);
        using var multipart = new MultipartFormDataContent();
        multipart.Add(part, "file", file.FileName);
        return await SendAsync(ApiMethod.UploadFile, Post, "files", clientId, multipart, ResponseReaders.ReadUploadedFile, Options.RequestTimeout, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default)
    {
        if (IsMissing(clientId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetFile, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetFile, "chatId is empty or contains a quote or line break"));
        if (IsMissing(fileId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetFile, "fileId is empty or contains a quote or line break"));
        return SendDownloadAsync(ApiMethod.GetFile, ChatPath(chatId, "/files/" + Uri.EscapeDataString(fileId)), clientId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default)
    {
        if (IsMissing(clientId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetAgentProfilePhoto, "clientId is empty or contains a quote or line break"));
        if (IsMissing(chatId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetAgentProfilePhoto, "chatId is empty or contains a quote or line break"));
        if (IsMissing(partyId)) return Task.FromResult(Invalid<FileDownload>(ApiMethod.GetAgentProfilePhoto, "partyId is empty or contains a quote or line break"));
        return SendDownloadAsync(ApiMethod.GetAgentProfilePhoto, ChatPath(chatId, "/profilephotos/" + Uri.EscapeDataString(partyId)), clientId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<IReadOnlyList<IceServer>>(ApiMethod.GetIceServers, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.GetIceServers, Get, "iceservers", clientId, null, ResponseReaders.ReadIceServers, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<WidgetConfiguration>(ApiMethod.GetChatWidgetConfiguration, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.GetChatWidgetConfiguration, Get, "configuration", clientId, null, ResponseReaders.ReadWidgetConfiguration, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<CaseHistory>(ApiMethod.GetCaseHistory, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.GetCaseHistory, Get, "casehistory", clientId, null, ReadCountedCaseHistory, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<Unit>(ApiMethod.CloseCase, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.CloseCase, Post, "closecase", clientId, null, IgnoreBody, Options.RequestTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) =>
        IsMissing(clientId)
            ? Task.FromResult(Invalid<ServerVersion>(ApiMethod.GetVersion, "clientId is empty or contains a quote or line break"))
            : SendAsync(ApiMethod.GetVersion, Get, "version", clientId, null, ResponseReaders.ReadServerVersion, Options.RequestTimeout, cancellationToken);

    private ChatEventBatch ReadCountedBatch(ReadOnlySpan<byte> body)
    {
        var batch = ResponseReaders.ReadEventBatch(body);
        var unknown = ChatEventJson.CountUnknown(batch.Events);
        if (unknown > 0) Interlocked.Add(ref _unknownEventCount, unknown);
        return batch;
    }

    private CaseHistory ReadCountedCaseHistory(ReadOnlySpan<byte> body)
    {
        var history = ResponseReaders.ReadCaseHistory(body);
        var unknown = 0;
        foreach (var session in history.Sessions) unknown += ChatEventJson.CountUnknown(session.Events);
        if (unknown > 0) Interlocked.Add(ref _unknownEventCount, unknown);
        return history;
    }
}
