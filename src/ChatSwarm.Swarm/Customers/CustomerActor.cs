using Akka.Actor;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// One simulated chat customer: owns a clientId, one chat session and exactly one long poll at a time. Every call's
/// result is piped back to the actor, so all state changes happen on the actor's single logical thread. The bot
/// conversation decides what to say; this actor runs its operations one at a time, in order, beside the poll.
/// Transient errors throw <see cref="TransientApiException"/> (after every outstanding call has returned, so the next
/// incarnation can never overlap a poll of this one); permanent errors stop the customer and are recorded in its
/// <see cref="CustomerJournal"/>.
/// An <see cref="UntypedActor"/> with one switch rather than a ReceiveActor: thousands of customers live at once, and a
/// ReceiveActor builds its handler table per instance. Every customer of a run shares one <see cref="Props"/>; its
/// journal arrives in <see cref="Begin"/>, the first message its group sends it.
/// </summary>
internal sealed partial class CustomerActor : UntypedActor
{
    /// <summary>Why a customer ends its chat when its max session duration is reached.</summary>
    internal const string MaxDurationReason = "max session duration reached";

    /// <summary>How long a customer waits before polling again after the server answered 5509.</summary>
    internal static readonly TimeSpan ConcurrentPollRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a customer that ended its chat waits for its held poll to come back before cancelling it. The server
    /// answers a held poll of a chat that ends, so waiting keeps the poll's connection for the next request; cancelling
    /// a request mid-response closes its connection (a new TCP connection and its buffers for the next one).
    /// </summary>
    internal static readonly TimeSpan PollDrainTimeout = TimeSpan.FromSeconds(1);

    private static readonly object MaxDurationKey = new();
    private static readonly object PollRetryKey = new();
    private static readonly object PollDrainKey = new();

    // The host's own operations (stateless, shared by all customers): their results are the host's business and
    // never reach the conversation, so they are told apart by reference.
    private static readonly BotOperation EndChatOperation = new SendEventsOperation(new EndEvent());
    private static readonly BotOperation CaseHistoryAtEnd = new CaseHistoryOperation();
    private static readonly BotOperation CloseCaseAtEnd = new CloseCaseOperation();

    private readonly CustomerSetup _setup;
    private readonly TimeProvider _clock;
    private readonly SwarmMetrics _metrics;
    private readonly IMessagingClient _client;

    // Its session limit, the 5509 pause, the poll drain and the bot's timers: Akka's scheduler without IWithTimers' per-timer
    // token source and records, since every customer holds one or two long timers for most of its life.
    private readonly ActorTimers _timers;

    // Cancels every call still in flight when the actor stops (restart, permanent failure, run teardown).
    private readonly CancellationTokenSource _lifetime = new();

    private CustomerJournal _journal = null!;
    private Stage _stage = Stage.Starting;
    private IBotConversation? _conversation;
    private string? _endReason;
    private Exception? _pendingFailure;

    // Set when a resumed chat's history was handed to the conversation; drops the events the first polls repeat.
    private HistoryOverlap? _historyOverlap;

    // The poll loop.
    private string? _chatId;

    // The chat as every poll addresses it: the client builds its URL and credentials once per chat, not per poll.
    private ChatAddress? _chatAddress;
    private bool _pollOutstanding;

    // Operations the chat opened with (window-open hooks, opening lines) still to finish before the first poll starts.
    private int _openingOperations;
    private bool _stopPolling;
    private bool _serverEnded;
    private bool _caseSet;
    private long? _lastCustomerMessageAt;

    // One token source per chat, not per poll: polls are the hot path and only the end of polling (or of the actor, in
    // PostStop) cancels them. Not linked to _lifetime: a link is one more registration per customer for the whole chat.
    private CancellationTokenSource? _pollingStopped;

    // The poll in flight and the one continuation that tells its result to this actor (see StartPoll).
    private Task<OperationResult<ChatEventBatch>>? _poll;
    private Action? _pollDone;

    // Self, readable from the poll's completion thread (Akka's Self is only valid inside the actor's turn).
    private IActorRef _self = ActorRefs.Nobody;

    // The conversation's operations, run one at a time beside the poll; allocated on the first one.
    private Queue<BotOperation>? _operations;
    private BotOperation? _runningOperation;
    private BotOperationContext? _operationContext;
    private BotOutcome? _outcome;
    private bool _forceEnd;
    private bool _endQueued;

    public CustomerActor(CustomerSetup setup)
    {
        _setup = setup;
        _clock = setup.TimeProvider;
        _metrics = setup.Metrics;
        _client = setup.Client;
        _timers = new ActorTimers(Context.System.Scheduler, Self);
    }

    /// <summary>Whether a poll is in flight; never more than one (the actor's central invariant).</summary>
    internal bool PollOutstanding => _pollOutstanding;

    protected override void OnReceive(object message)
    {
        try
        {
            Handle(message);
        }
        catch (Exception ex) when (ex is not TransientApiException && _journal is not null)
        {
            // A defect (in a bot, the client or here): the customer fails with it, and Akka logs it as its supervisor stops it.
            _journal.MarkFailed(null, $"{ex.GetType().Name}: {ex.Message}", permanent: false);
            throw;
        }
    }

    private void Handle(object message)
    {
        switch (message)
        {
            case PollCompleted m: OnPollCompleted(m); break;
            case OperationCompleted m: OnOperationCompleted(m); break;
            case ActorTimers.Tick m: OnTimer(m); break;
            case AvailabilityChecked m: OnAvailabilityChecked(m); break;
            case ChatRequested m: OnChatRequested(m); break;
            case HistoryLoaded m: OnHistoryLoaded(m); break;
            case PollFaulted m: OnPollFaulted(m); break;
            case CallFaulted m: OnCallFaulted(m); break;
            case EndChat m: OnEndChat(m.Reason); break;
            case Begin m: OnBegin(m.Journal); break;
            default: Unhandled(message); break;
        }
    }

    protected override void PostStop()
    {
        _stage = Stage.Done;
        _timers.CancelAll();
        _pollingStopped?.Cancel();
        _lifetime.Cancel();
        _lifetime.Dispose();
        _pollingStopped?.Dispose();
    }

    private void OnBegin(CustomerJournal journal)
    {
        _self = Self;
        _journal = journal;
        journal.Incarnations++;
        journal.IncarnationStartedAt = _clock.GetTimestamp();
        if (journal.Incarnations > 1)
        {
            _metrics.SessionRestarted();
        }

        if (_journal.EndRequested)
        {
            // A restarted customer that was asked to end while it was down: close the known chat without resuming it.
            if (_journal.ChatId is { } chatId)
            {
                _chatId = chatId;
                _stage = Stage.Chatting;
                _serverEnded = false;
                _endReason = "run stopping";
                BeginFinishing(new BotOutcome(false, "run stopping", SendEnd: true));
            }
            else
            {
                Complete(CustomerEnd.Cancelled, "asked to end before the chat existed");
            }

            return;
        }

        _conversation = _setup.ConversationFor(journal.Index);
        _journal.ScriptName = _conversation.ScriptName;

        if (_setup.Options.CheckAvailability && _journal.ChatId is null)
        {
            _stage = Stage.CheckingAvailability;
            _client.CheckAvailabilityAsync(_journal.ClientId, _lifetime.Token)
                .PipeTo(Self, success: r => new AvailabilityChecked(r), failure: ex => new CallFaulted(nameof(ApiMethod.CheckAvailability), ex));
            return;
        }

        RequestChat();
    }

    private void OnAvailabilityChecked(AvailabilityChecked message)
    {
        var result = message.Result;
        _metrics.RecordCall(result);
        if (!result.IsSuccess)
        {
            HandleCallError(nameof(ApiMethod.CheckAvailability), result.Error);
            return;
        }

        if (!result.Data.IsAvailable)
        {
            Complete(CustomerEnd.Unavailable, $"launch point not available ({result.Data.Status})");
            return;
        }

        if (_endReason is not null)
        {
            Complete(CustomerEnd.Cancelled, _endReason);
            return;
        }

        RequestChat();
    }

    private void RequestChat()
    {
        _stage = Stage.RequestingChat;
        var request = _conversation!.CreateChatRequest();
        _journal.ChatRequestedAt ??= _clock.GetTimestamp();

        _client.RequestChatAsync(_journal.ClientId, request, _lifetime.Token)
            .PipeTo(Self, success: r => new ChatRequested(r), failure: ex => new CallFaulted(nameof(ApiMethod.RequestChat), ex));
    }

    private void OnChatRequested(ChatRequested message)
    {
        var result = message.Result;
        _metrics.RecordCall(result);
        if (!result.IsSuccess)
        {
            HandleCallError(nameof(ApiMethod.RequestChat), result.Error);
            return;
        }

        var session = result.Data;
        _chatId = session.ChatId;
        _journal.ChatId = session.ChatId;
        CountStarted();

        if (_endReason is not null)
        {
            // Asked to end while the chat was being created: close it right away so the server does not keep it.
            _stage = Stage.Chatting;
            BeginFinishing(new BotOutcome(false, _endReason, SendEnd: true));
            return;
        }

        if (!session.IsNewChat)
        {
            _stage = Stage.LoadingHistory;
            _client.GetChatHistoryAsync(_journal.ClientId, session.ChatId, _lifetime.Token)
                .PipeTo(Self, success: r => new HistoryLoaded(session, r), failure: ex => new CallFaulted(nameof(ApiMethod.GetChatHistory), ex));
            return;
        }

        StartChat(session, history: null);
    }

    private void OnHistoryLoaded(HistoryLoaded message)
    {
        var result = message.Result;
        _metrics.RecordCall(result);
        if (!result.IsSuccess)
        {
            if (result.Error.Code == ApiErrorCode.ChatSessionNotFound)
            {
                StopPolling();
                Complete(CustomerEnd.Lost, "the chat session was lost while resuming (5005)");
                return;
            }

            if (result.Error.IsTransient || result.Error.Code.IsAuthenticationFailure())
            {
                HandleCallError(nameof(ApiMethod.GetChatHistory), result.Error);
                return;
            }
        }

        if (_endReason is not null)
        {
            _stage = Stage.Chatting;
            BeginFinishing(new BotOutcome(false, _endReason, SendEnd: true));
            return;
        }

        // A history the server could not give (non-transient error) still resumes: the script starts from what it knows.
        StartChat(message.Session, result.IsSuccess ? result.Data.Events : []);
    }

    private void StartChat(ChatSession session, IReadOnlyList<Client.Events.ChatEvent>? history)
    {
        _stage = Stage.Chatting;
        ObserveState(session.State);
        if (_setup.Options.MaxSessionDuration is { } max)
        {
            var remaining = max - _clock.GetElapsedTime(_journal.ChatRequestedAt ?? _clock.GetTimestamp());
            _timers.StartSingleTimer(MaxDurationKey, MaxDurationReached.Instance, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        if (history is { Count: > 0 })
        {
            _historyOverlap = new HistoryOverlap(history);

            // The chat's case was set before the restart; the case calls at the end still apply.
            _caseSet = history.Any(e => e is Client.Events.CaseSetEvent);
        }

        _conversation!.Start(this, session, history);
        if (_stage == Stage.Chatting && !_conversation.IsFinished)
        {
            // What the chat opens with is sent before the first poll, on the connection Request Chat just used: a widget
            // opening a chat needs one connection, not two, and a ramp of thousands of arrivals a second then does not
            // open a second connection per arriving customer beside its held poll. Events meanwhile wait on the server.
            _openingOperations = (_runningOperation is null ? 0 : 1) + (_operations?.Count ?? 0);
            if (_openingOperations == 0)
            {
                StartPoll();
            }
        }

        TryComplete();
    }

    private void OnEndChat(string reason)
    {
        _journal.EndRequested = true;
        _journal.StopReason ??= reason;
        switch (_stage)
        {
            case Stage.Starting:
            case Stage.CheckingAvailability:
            case Stage.RequestingChat:
            case Stage.LoadingHistory:
                // The answer of the call in flight decides: no chat yet means nothing to end.
                _endReason ??= reason;
                break;
            case Stage.Chatting:
                _endReason ??= reason;
                _forceEnd = true;
                _conversation?.OnChatEnded(ChatEndReason.RunStopping);
                BeginFinishing(new BotOutcome(false, reason, SendEnd: true));
                break;
            case Stage.Finishing when !_serverEnded && !_endQueued && _chatId is not null:
                // The script finished without ending the chat; the run wants it ended.
                _endQueued = true;
                Operations.Enqueue(EndChatOperation);
                RunNextOperation();
                break;
        }
    }

    private void OnCallFaulted(CallFaulted message)
    {
        if (message.Cause is OperationCanceledException && _lifetime.IsCancellationRequested)
        {
            return;
        }

        // The client reports API and transport failures as results; an exception here is a defect, not load.
        Fail(null, $"{message.Step} threw {message.Cause.GetType().Name}: {message.Cause.Message}", setupError: false);
    }

    private void OnTimer(ActorTimers.Tick tick)
    {
        if (!_timers.Accept(tick))
        {
            // Cancelled or started again while this tick was on its way.
            return;
        }

        switch (tick.Message)
        {
            case MaxDurationReached: OnEndChat(MaxDurationReason); break;
            case PollAgain: OnPollAgain(); break;
            case PollDrainExpired: StopPolling(); break;
            case BotTimerFired: OnBotTimerFired(tick.Key); break;
        }
    }

    private void OnBotTimerFired(object key)
    {
        if (_stage is Stage.Chatting or Stage.Finishing)
        {
            _conversation?.OnTimer(key);
            TryComplete();
        }
    }

    private void CountStarted()
    {
        if (_journal.StartCounted)
        {
            return;
        }

        _journal.StartCounted = true;
        _metrics.SessionStarted();
    }

    private void HandleCallError(string step, ApiError error)
    {
        if (error.IsTransient)
        {
            FailTransiently(new TransientApiException(step, error));
            return;
        }

        Fail(error.Code, $"{step}: {error}", setupError: error.Code.IsAuthenticationFailure());
    }

    /// <summary>Fails this incarnation for a restart, once no call of it is still in flight.</summary>
    private void FailTransiently(TransientApiException failure)
    {
        _journal.LastTransientError = failure.Error;
        StopPolling();
        if (_pollOutstanding || _runningOperation is not null)
        {
            _pendingFailure ??= failure;
            return;
        }

        Raise(failure);
    }

    private void ThrowIfFailurePending()
    {
        if (_pendingFailure is { } failure && !_pollOutstanding && _runningOperation is null)
        {
            _pendingFailure = null;
            Raise(failure);
        }
    }

    /// <summary>Hands the failure to the group, which stops this incarnation and starts the next after its backoff delay.</summary>
    private void Raise(Exception failure)
    {
        _journal.RestartWanted = true;
        throw failure;
    }

    /// <summary>Stops the customer for good with a failure.</summary>
    private void Fail(ApiErrorCode? code, string reason, bool setupError)
    {
        _journal.MarkFailed(code, reason, setupError);
        StopPolling();
        _stage = Stage.Done;
        Context.Stop(Self);
    }

    private void Complete(CustomerEnd end, string reason)
    {
        _journal.MarkEnded(end, reason);
        _stage = Stage.Done;
        Context.Stop(Self);
    }
}
