using ChatSwarm.Actors;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// One simulated chat customer: owns a clientId, one chat session and exactly one long poll at a time. Every call's
/// result is piped back to the actor, so all state changes happen on the actor's single logical thread. The bot
/// conversation decides what to say; this actor runs its operations one at a time, in order, beside the poll.
/// Transient errors throw <see cref="TransientApiException"/> (after every outstanding call has returned, so the next
/// incarnation can never overlap a poll of this one); permanent errors stop the customer and are recorded in its
/// <see cref="CustomerJournal"/>.
/// </summary>
internal sealed partial class CustomerActor : ReceiveActor, IWithTimers
{
    private static readonly object MaxDurationKey = new();

    private readonly CustomerSetup _setup;
    private readonly CustomerJournal _journal;
    private readonly TimeProvider _clock;
    private readonly SwarmMetrics _metrics;
    private readonly IMessagingClient _client;

    // Cancels every call still in flight when the actor stops (restart, permanent failure, run teardown).
    private readonly CancellationTokenSource _lifetime = new();

    private Stage _stage = Stage.Starting;
    private IBotConversation? _conversation;
    private string? _endReason;
    private Exception? _pendingFailure;

    // Set when a resumed chat's history was handed to the conversation; drops the events the first polls repeat.
    private HistoryOverlap? _historyOverlap;

    public CustomerActor(CustomerSetup setup)
    {
        _setup = setup;
        _journal = setup.Journal;
        _clock = setup.TimeProvider;
        _metrics = setup.Metrics;
        _client = setup.Client;

        Receive<Begin>(_ => OnBegin());
        Receive<AvailabilityChecked>(OnAvailabilityChecked);
        Receive<ChatRequested>(OnChatRequested);
        Receive<HistoryLoaded>(OnHistoryLoaded);
        Receive<PollCompleted>(OnPollCompleted);
        Receive<PollFaulted>(OnPollFaulted);
        Receive<PollAgain>(_ => OnPollAgain());
        Receive<OperationCompleted>(OnOperationCompleted);
        Receive<CallFaulted>(OnCallFaulted);
        Receive<BotTimerFired>(OnBotTimerFired);
        Receive<MaxDurationReached>(_ => OnEndChat("max session duration reached"));
        Receive<EndChat>(message => OnEndChat(message.Reason));
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Whether a poll is in flight; never more than one (the actor's central invariant).</summary>
    internal bool PollOutstanding => _pollOutstanding;

    protected override void PreStart()
    {
        _journal.Incarnations++;
        if (_journal.Incarnations > 1)
        {
            _metrics.SessionRestarted();
        }

        Self.Tell(Begin.Instance, Self);
    }

    protected override void PostStop()
    {
        _stage = Stage.Done;
        _lifetime.Cancel();
    }

    private void OnBegin()
    {
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

        _conversation = _setup.CreateConversation();
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
                Fail(result.Error.Code, "session lost while resuming", setupError: false);
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
            Timers.StartSingleTimer(MaxDurationKey, MaxDurationReached.Instance, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
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
            StartPoll();
        }

        TryComplete();
    }

    private void OnEndChat(string reason)
    {
        _journal.EndRequested = true;
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
                _operations.Enqueue(EndChat);
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

    private void OnBotTimerFired(BotTimerFired message)
    {
        if (_stage is Stage.Chatting or Stage.Finishing)
        {
            _conversation?.OnTimer(message.Key);
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

        throw failure;
    }

    private void ThrowIfFailurePending()
    {
        if (_pendingFailure is { } failure && !_pollOutstanding && _runningOperation is null)
        {
            _pendingFailure = null;
            throw failure;
        }
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
