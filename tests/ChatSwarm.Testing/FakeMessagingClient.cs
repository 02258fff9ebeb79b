using System.Collections.Concurrent;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Testing;

/// <summary>
/// The in-memory <see cref="IMessagingClient"/> of the tests: each method answers through a replaceable function, every
/// call is recorded, overlapping polls of one clientId are counted as violations (the customer's central invariant),
/// and the most polls and sends in flight at once are measured. By default a poll returns the next batch given to
/// <see cref="Push"/> and holds until cancelled while there is none; like the server, a clientId's chat_session_end
/// answers its held poll with 5005 (<see cref="ReleasesPollOnEnd"/>).
/// </summary>
public sealed class FakeMessagingClient : IMessagingClient
{
    private readonly ConcurrentDictionary<string, int> _outstandingPolls = new();
    private readonly ConcurrentQueue<(string ClientId, ApiMethod Method, object? Detail)> _calls = new();
    private readonly ConcurrentQueue<ChatEvent[]> _pushed = new();
    private readonly SemaphoreSlim _pushReady = new(0);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _ended = new();
    private int _pollViolations;
    private int _pollCount;
    private int _pollsNow;
    private int _sendsNow;
    private int _maxConcurrentPolls;
    private int _maxConcurrentSends;

    /// <summary>Creates a client whose polls return pushed batches.</summary>
    public FakeMessagingClient() => Poll = NextPushedAsync;

    public MessagingClientOptions Options { get; } = new()
    {
        BaseAddress = new Uri("http://127.0.0.1:1/"),
        TenantUrl = "fake.tenant",
        AppId = "fake-app",
    };

    public long UnknownEventCount => 0;

    /// <summary>Request Chat's answer; default a new queued chat <c>chat-{clientId}</c>.</summary>
    public Func<string, OperationResult<ChatSession>> RequestChat { get; set; } = clientId =>
        OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-" + clientId, State = ChatState.Queued, IsNewChat = true });

    /// <summary>Check Availability's answer; default available.</summary>
    public Func<string, OperationResult<Availability>> Availability { get; set; } = _ =>
        OperationResult<Availability>.Success(ApiMethod.CheckAvailability, new Availability { IsAvailable = true, Status = "available" });

    /// <summary>Get Chat History's answer; default empty.</summary>
    public Func<string, OperationResult<ChatEventBatch>> History { get; set; } = _ =>
        OperationResult<ChatEventBatch>.Success(ApiMethod.GetChatHistory, ChatEventBatch.Empty);

    /// <summary>Send Events' answer; default success.</summary>
    public Func<string, IReadOnlyList<ChatEvent>, OperationResult<Unit>> Send { get; set; } = (_, _) =>
        OperationResult<Unit>.Success(ApiMethod.SendEvents, Unit.Value);

    /// <summary>Answers one poll (clientId, poll number from 1, token); default: the next pushed batch, holding until cancelled while there is none.</summary>
    public Func<string, int, CancellationToken, Task<OperationResult<ChatEventBatch>>> Poll { get; set; }

    /// <summary>Whether a successful chat_session_end answers the clientId's held poll (and later ones) with 5005, as the server does; default true.</summary>
    public bool ReleasesPollOnEnd { get; set; } = true;

    /// <summary>How long each Send Events takes before it answers; default zero.</summary>
    public TimeSpan SendLatency { get; init; }

    /// <summary>Every event sent successfully, in order.</summary>
    public ConcurrentQueue<ChatEvent> Sent { get; } = new();

    /// <summary>Most polls in flight at once, over all clientIds.</summary>
    public int MaxConcurrentPolls => Volatile.Read(ref _maxConcurrentPolls);

    /// <summary>Most Send Events in flight at once, over all clientIds.</summary>
    public int MaxConcurrentSends => Volatile.Read(ref _maxConcurrentSends);

    public int PollViolations => Volatile.Read(ref _pollViolations);

    public int PollCount => Volatile.Read(ref _pollCount);

    public IReadOnlyList<(string ClientId, ApiMethod Method, object? Detail)> Calls => _calls.ToArray();

    public int CountOf(ApiMethod method) => _calls.Count(c => c.Method == method);

    private CancellationTokenSource EndedSignal(string clientId) => _ended.GetOrAdd(clientId, static _ => new CancellationTokenSource());

    public bool IsPolling(string clientId) => _outstandingPolls.TryGetValue(clientId, out var n) && n > 0;

    /// <summary>A client for a session that already exists: Request Chat resumes it (connected, not new) and the history holds <paramref name="history"/>.</summary>
    public static FakeMessagingClient Resuming(params ChatEvent[] history) => new()
    {
        RequestChat = clientId => OperationResult<ChatSession>.Success(ApiMethod.RequestChat, new ChatSession { ChatId = "chat-" + clientId, State = ChatState.Connected, IsNewChat = false }),
        History = _ => OperationResult<ChatEventBatch>.Success(ApiMethod.GetChatHistory, new ChatEventBatch(history)),
    };

    /// <summary>Queues one batch for the next poll that takes pushed batches.</summary>
    public void Push(params ChatEvent[] events)
    {
        _pushed.Enqueue(events);
        _pushReady.Release();
    }

    /// <summary>The default poll: waits for the next pushed batch.</summary>
    public async Task<OperationResult<ChatEventBatch>> NextPushedAsync(string clientId, int number, CancellationToken cancellationToken)
    {
        await _pushReady.WaitAsync(cancellationToken);
        _pushed.TryDequeue(out var batch);
        return Events(batch!);
    }

    public static async Task<OperationResult<ChatEventBatch>> HoldUntilCancelled(string clientId, int number, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>A <see cref="Poll"/> whose first poll answers <paramref name="first"/> and every later one is held until cancelled.</summary>
    public static Func<string, int, CancellationToken, Task<OperationResult<ChatEventBatch>>> FirstThenHold(OperationResult<ChatEventBatch> first) =>
        (clientId, number, cancellationToken) => number == 1 ? Task.FromResult(first) : HoldUntilCancelled(clientId, number, cancellationToken);

    public static OperationResult<ChatEventBatch> Events(params ChatEvent[] events) =>
        OperationResult<ChatEventBatch>.Success(ApiMethod.GetNewChatEvents, new ChatEventBatch(events));

    public static OperationResult<T> Failure<T>(ApiMethod method, ApiErrorCode code) => OperationResult<T>.Failure(method, ApiError.From(code));

    public Task<OperationResult<Availability>> CheckAvailabilityAsync(string clientId, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.CheckAvailability, null, Availability);

    public Task<OperationResult<IReadOnlyList<ExpectedParameter>>> GetExpectedParametersAsync(string clientId, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.ExpectedParameters, null, _ => OperationResult<IReadOnlyList<ExpectedParameter>>.Success(ApiMethod.ExpectedParameters, []));

    public Task<OperationResult<ChatSession>> RequestChatAsync(string clientId, ChatRequest request, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.RequestChat, request, RequestChat);

    public Task<OperationResult<NotificationServices>> SubscribeNotificationsAsync(string clientId, string chatId, NotificationSubscription subscription, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<ChatSession>> GetActiveChatAsync(string clientId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public async Task<OperationResult<Unit>> SendEventsAsync(string clientId, string chatId, IReadOnlyList<ChatEvent> events, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue((clientId, ApiMethod.SendEvents, events));
        RaiseTo(ref _maxConcurrentSends, Interlocked.Increment(ref _sendsNow));
        try
        {
            // Answer asynchronously, as a real client does, so results always arrive through the actor's mailbox later.
            if (SendLatency > TimeSpan.Zero)
            {
                await Task.Delay(SendLatency, cancellationToken);
            }

            var result = await Task.Run(() => Send(clientId, events), CancellationToken.None);
            if (result.IsSuccess)
            {
                foreach (var e in events)
                {
                    Sent.Enqueue(e);
                }

                if (ReleasesPollOnEnd && events.Any(e => e is EndEvent))
                {
                    EndedSignal(clientId).Cancel();
                }
            }

            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _sendsNow);
        }
    }

    public Task<OperationResult<ChatEventBatch>> GetChatHistoryAsync(string clientId, string chatId, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.GetChatHistory, null, History);

    public async Task<OperationResult<ChatEventBatch>> GetNewEventsAsync(string clientId, string chatId, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue((clientId, ApiMethod.GetNewChatEvents, null));
        var number = Interlocked.Increment(ref _pollCount);
        if (_outstandingPolls.AddOrUpdate(clientId, 1, static (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _pollViolations);
        }

        RaiseTo(ref _maxConcurrentPolls, Interlocked.Increment(ref _pollsNow));
        var ended = ReleasesPollOnEnd ? EndedSignal(clientId).Token : CancellationToken.None;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ended);
        try
        {
            return ended.IsCancellationRequested
                ? Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatSessionNotFound)
                : await Poll(clientId, number, linked.Token);
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failure<ChatEventBatch>(ApiMethod.GetNewChatEvents, ApiErrorCode.ChatSessionNotFound);
        }
        finally
        {
            Interlocked.Decrement(ref _pollsNow);
            _outstandingPolls.AddOrUpdate(clientId, 0, static (_, n) => n - 1);
        }
    }

    public Task<OperationResult<UploadedFile>> UploadFileAsync(string clientId, FileUpload file, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<FileDownload>> GetFileAsync(string clientId, string chatId, string fileId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<FileDownload>> GetAgentProfilePhotoAsync(string clientId, string chatId, string partyId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<IReadOnlyList<IceServer>>> GetIceServersAsync(string clientId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<WidgetConfiguration>> GetWidgetConfigurationAsync(string clientId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<CaseHistory>> GetCaseHistoryAsync(string clientId, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.GetCaseHistory, null, _ => OperationResult<CaseHistory>.Success(ApiMethod.GetCaseHistory, new CaseHistory([])));

    public Task<OperationResult<Unit>> CloseCaseAsync(string clientId, CancellationToken cancellationToken = default) =>
        Answer(clientId, ApiMethod.CloseCase, null, _ => OperationResult<Unit>.Success(ApiMethod.CloseCase, Unit.Value));

    public Task<OperationResult<ServerVersion>> GetVersionAsync(string clientId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public void Dispose() => _pushReady.Dispose();

    private static void RaiseTo(ref int max, int value)
    {
        for (var seen = Volatile.Read(ref max); value > seen; seen = Volatile.Read(ref max))
        {
            if (Interlocked.CompareExchange(ref max, value, seen) == seen)
            {
                return;
            }
        }
    }

    private Task<OperationResult<T>> Answer<T>(string clientId, ApiMethod method, object? detail, Func<string, OperationResult<T>> answer)
    {
        _calls.Enqueue((clientId, method, detail));

        // Answer asynchronously, as a real client does, so results always arrive through the actor's mailbox later.
        return Task.Run(() => answer(clientId));
    }
}
