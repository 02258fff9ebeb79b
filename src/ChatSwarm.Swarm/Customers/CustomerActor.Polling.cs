using Akka.Actor;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Swarm.Customers;

/// <summary>The single long-poll loop and what the customer learns from server events.</summary>
internal sealed partial class CustomerActor
{
    private void StartPoll()
    {
        if (_pollOutstanding)
        {
            throw new InvalidOperationException("A customer must never have two polls outstanding.");
        }

        _pollingStopped ??= new CancellationTokenSource();
        _pollOutstanding = true;
        _chatAddress ??= new ChatAddress(_journal.ClientId, _chatId!);
        _poll = _client.GetNewEventsAsync(_chatAddress, _pollingStopped.Token);

        // The hot path: instead of PipeTo's async state machine and extra task per poll, one continuation delegate per
        // incarnation tells the result to this actor (the mailbox, not this callback, touches the actor's state).
        _pollDone ??= OnPollTaskDone;
        _poll.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_pollDone);
    }

    /// <summary>Runs on the thread that completed the poll: only reads the finished task and tells the actor.</summary>
    private void OnPollTaskDone()
    {
        var poll = _poll!;
        object message;
        try
        {
            message = new PollCompleted(poll.GetAwaiter().GetResult());
        }
        catch (Exception ex)
        {
            message = new PollFaulted(ex);
        }

        _self.Tell(message, ActorRefs.NoSender);
    }

    private void OnPollFaulted(PollFaulted message)
    {
        _pollOutstanding = false;
        ThrowIfFailurePending();
        if (message.Cause is OperationCanceledException && _stopPolling)
        {
            TryComplete();
            return;
        }

        Fail(null, $"{nameof(ApiMethod.GetNewChatEvents)} threw {message.Cause.GetType().Name}: {message.Cause.Message}", setupError: false);
    }

    private void OnPollAgain()
    {
        if (_stage == Stage.Chatting && !_stopPolling && !_pollOutstanding)
        {
            StartPoll();
        }
    }

    /// <summary>Ends the poll loop and cancels the poll in flight, if any (cancelling twice is harmless).</summary>
    private void StopPolling()
    {
        _stopPolling = true;
        if (_pollOutstanding)
        {
            _pollingStopped?.Cancel();
        }
    }

    private void OnPollCompleted(PollCompleted message)
    {
        _pollOutstanding = false;
        if (!(_endQueued && message.Result.Error is { Code: ApiErrorCode.ChatSessionNotFound }))
        {
            // A 5005 after this customer's own chat_session_end is the server releasing the held poll of a chat it
            // closed, not a failure; like a poll cancelled at the end, it is not counted.
            _metrics.RecordCall(message.Result);
        }

        ThrowIfFailurePending();
        if (_stopPolling || _stage != Stage.Chatting)
        {
            TryComplete();
            return;
        }

        var result = message.Result;
        if (result.IsSuccess)
        {
            // The hold is how long the server kept the poll open: until events arrived or its hold expired.
            _metrics.RecordPollHold(result.Elapsed);
            if (result.Data.Events.Count > 0)
            {
                HandleEvents(result.Data.Events);
            }
        }
        else
        {
            switch (result.Error.Code)
            {
                case ApiErrorCode.NoEvents:
                    _metrics.RecordPollHold(result.Elapsed);
                    break;
                case ApiErrorCode.ConcurrentPoll:
                    // Counted by the metrics as a concurrent-poll error. This customer never overlaps its own polls, so the
                    // server holds a stale one; polling again at once could spin against it, so wait a moment first.
                    _timers.StartSingleTimer(PollRetryKey, PollAgain.Instance, ConcurrentPollRetryDelay);
                    return;
                case ApiErrorCode.ChatSessionNotFound:
                    OnChatEnded(ChatEndReason.SessionLost);
                    return;
                default:
                    HandleCallError(nameof(ApiMethod.GetNewChatEvents), result.Error);
                    return;
            }
        }

        if (_stage == Stage.Chatting && !_stopPolling)
        {
            StartPoll();
        }
        else
        {
            TryComplete();
        }
    }

    private void HandleEvents(IReadOnlyList<ChatEvent> events)
    {
        events = _historyOverlap?.Filter(events) ?? events;
        if (events.Count == 0)
        {
            TryComplete();
            return;
        }

        ChatEndReason? ended = null;
        foreach (var chatEvent in events)
        {
            switch (chatEvent)
            {
                case StatusEvent status:
                    ended ??= ObserveState(status.State);
                    break;
                case MessageEvent { PartyId.Length: > 0 }:
                    OnAgentMessage();
                    break;
                case CaseSetEvent:
                    _caseSet = true;
                    break;
                case EndedEvent:
                    ended ??= ChatEndReason.EndedByServer;
                    break;
                case InactivityTimeoutEvent:
                    ended ??= ChatEndReason.InactivityTimeout;
                    break;
            }
        }

        _conversation!.OnEvents(events);
        if (ended is { } reason)
        {
            OnChatEnded(reason);
        }
        else
        {
            TryComplete();
        }
    }

    /// <summary>Times queue wait from the first queued state to connected; returns an end reason for terminal states.</summary>
    private ChatEndReason? ObserveState(ChatState state)
    {
        switch (state)
        {
            case ChatState.Queued:
                if (_journal.QueuedAt is null)
                {
                    _journal.QueuedAt = _clock.GetTimestamp();
                    _metrics.SessionQueued();
                }

                return null;
            case ChatState.Connected:
                if (_journal.ConnectedAt is null)
                {
                    var now = _clock.GetTimestamp();
                    _journal.ConnectedAt = now;
                    var waitingSince = _journal.QueuedAt ?? _journal.ChatRequestedAt ?? now;
                    _metrics.SessionConnected(_clock.GetElapsedTime(waitingSince, now));
                }

                return null;
            case ChatState.Completed:
                return ChatEndReason.EndedByServer;
            case ChatState.Failed:
                return ChatEndReason.Failed;
            default:
                return null;
        }
    }

    private void OnAgentMessage()
    {
        var now = _clock.GetTimestamp();
        if (!_journal.FirstAgentMessageCounted)
        {
            // Measured from the chat request: what the customer waited for a first answer, queue included.
            _journal.FirstAgentMessageCounted = true;
            _metrics.RecordFirstAgentMessage(_clock.GetElapsedTime(_journal.ChatRequestedAt ?? now, now));
        }

        if (_lastCustomerMessageAt is { } sentAt)
        {
            _metrics.RecordReplyRoundTrip(_clock.GetElapsedTime(sentAt, now));
            _lastCustomerMessageAt = null;
        }
    }

    /// <summary>The chat ended from the server's side: no chat_session_end is sent.</summary>
    private void OnChatEnded(ChatEndReason reason)
    {
        if (_serverEnded)
        {
            return;
        }

        _serverEnded = true;
        StopPolling();
        switch (reason)
        {
            case ChatEndReason.Failed:
                _journal.MarkFailed(null, "the server reported the chat failed", permanent: false);
                break;
            case ChatEndReason.SessionLost:
                _journal.MarkEnded(CustomerEnd.Lost, "the chat session was lost (5005)");
                break;
        }

        if (_stage == Stage.Chatting)
        {
            _conversation?.OnChatEnded(reason);
        }

        BeginFinishing(new BotOutcome(false, Describe(reason), SendEnd: false));
    }

    private static string Describe(ChatEndReason reason) => reason switch
    {
        ChatEndReason.EndedByServer => "ended by the server",
        ChatEndReason.Failed => "chat failed",
        ChatEndReason.InactivityTimeout => "inactivity timeout",
        ChatEndReason.SessionLost => "session lost",
        _ => "run stopping",
    };
}
