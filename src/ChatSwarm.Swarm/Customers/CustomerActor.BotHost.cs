using Akka.Actor;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Swarm.Customers;

/// <summary>The customer as its conversation's host: ordered operations beside the poll, timers, counters, finishing.</summary>
internal sealed partial class CustomerActor : IBotHost
{
    string IBotHost.ClientId => _journal.ClientId;

    string IBotHost.ChatId => _chatId ?? "";

    TimeProvider IBotHost.TimeProvider => _clock;

    void IBotHost.Enqueue(BotOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_stage is Stage.Done)
        {
            return;
        }

        Operations.Enqueue(operation);
        RunNextOperation();
    }

    // The bot's keys are its own objects, never equal to the host's private keys, so they share the customer's timers.
    void IBotHost.StartTimer(object key, TimeSpan delay) => _timers.StartSingleTimer(key, BotTimerFired.Instance, delay);

    void IBotHost.CancelTimer(object key) => _timers.Cancel(key);

    void IBotHost.Finish(BotOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        BeginFinishing(outcome);
    }

    void IBotHost.Count(BotCounter counter, long count)
    {
        switch (counter)
        {
            case BotCounter.MessageSent:
                _lastCustomerMessageAt = _clock.GetTimestamp();
                break;
            case BotCounter.ConversationStarted when _journal.ConversationStartCounted:
            case BotCounter.ConversationCompleted when _journal.ConversationCompletionCounted:
                // Every incarnation starts the conversation again, and one whose last send failed completes it again
                // after the restart; it is still one conversation of this customer.
                return;
            case BotCounter.ConversationStarted:
                _journal.ConversationStartCounted = true;
                break;
            case BotCounter.ConversationCompleted:
                _journal.ConversationCompletionCounted = true;
                break;
        }

        _metrics.RecordBot(_conversation?.ScriptName ?? _journal.ScriptName ?? "unknown", counter, count);
    }

    void IBotHost.Transcript(TranscriptEntry entry) => _setup.Transcripts?.Write(_journal, entry);

    private Queue<BotOperation> Operations => _operations ??= new Queue<BotOperation>(4);

    /// <summary>Stops polling, queues chat_session_end (when asked and the server has not ended the chat) and the case calls, then completes once all is done.</summary>
    private void BeginFinishing(BotOutcome outcome)
    {
        if (_stage is Stage.Finishing or Stage.Done)
        {
            return;
        }

        _stage = Stage.Finishing;
        _outcome = outcome;
        _journal.Outcome = outcome;
        _timers.Cancel(MaxDurationKey);
        if ((outcome.SendEnd || _forceEnd) && !_serverEnded && !_endQueued && _chatId is not null)
        {
            // The end makes the server answer the held poll: let it come back (see PollDrainTimeout) instead of aborting it.
            _stopPolling = true;
            _endQueued = true;
            Operations.Enqueue(EndChatOperation);
        }
        else
        {
            StopPolling();
        }

        var options = _setup.Options;
        if (_caseSet && (options.CaseHistoryAtEnd || options.CloseCaseAtEnd))
        {
            if (options.CaseHistoryAtEnd)
            {
                Operations.Enqueue(CaseHistoryAtEnd);
            }

            if (options.CloseCaseAtEnd)
            {
                Operations.Enqueue(CloseCaseAtEnd);
            }
        }

        RunNextOperation();
        TryComplete();
    }

    private static bool IsHostOperation(BotOperation operation) =>
        ReferenceEquals(operation, EndChatOperation) || ReferenceEquals(operation, CaseHistoryAtEnd) || ReferenceEquals(operation, CloseCaseAtEnd);

    private void RunNextOperation()
    {
        if (_runningOperation is not null || _pendingFailure is not null || (_operations?.Count ?? 0) == 0 || _chatId is null)
        {
            return;
        }

        var operation = _operations!.Dequeue();
        _runningOperation = operation;
        _operationContext ??= new BotOperationContext(_setup.OperationClient, _journal.ClientId, _chatId);
        Task<BotOperationResult> task;
        try
        {
            task = operation.ExecuteAsync(_operationContext, _lifetime.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            task = Task.FromException<BotOperationResult>(ex);
        }

        task.PipeTo(Self, success: r => new OperationCompleted(operation, r), failure: ex => new CallFaulted(operation.Description, ex));
    }

    private void OnOperationCompleted(OperationCompleted message)
    {
        _runningOperation = null;
        ThrowIfFailurePending();
        var operation = message.Operation;
        var error = message.Result.Error;
        if (!IsHostOperation(operation))
        {
            if (error is not null && error.IsTransient)
            {
                FailTransiently(new TransientApiException(operation.Description, error));
                return;
            }

            if (error is not null && error.Code.IsAuthenticationFailure())
            {
                Fail(error.Code, $"{operation.Description}: {error}", setupError: true);
                return;
            }

            if (_stage is Stage.Chatting or Stage.Finishing)
            {
                _conversation?.OnOperationCompleted(operation, message.Result);
            }

            if (error is { Code: ApiErrorCode.ChatSessionNotFound } && _stage == Stage.Chatting)
            {
                OnChatEnded(ChatEndReason.SessionLost);
            }
        }
        else if (ReferenceEquals(operation, EndChatOperation) && _pollOutstanding)
        {
            // The server has the end and answers the held poll; only if it does not within the drain timeout is it cancelled.
            if (error is null)
            {
                _timers.StartSingleTimer(PollDrainKey, PollDrainExpired.Instance, PollDrainTimeout);
            }
            else
            {
                StopPolling();
            }
        }

        if (_openingOperations > 0 && --_openingOperations == 0 && _stage == Stage.Chatting && !_stopPolling && !_pollOutstanding)
        {
            StartPoll();
        }

        // Errors of the closing calls change nothing: the chat is over either way, and the metrics counted them.
        RunNextOperation();
        TryComplete();
    }

    /// <summary>Stops the actor once it is finishing and nothing is in flight or queued.</summary>
    private void TryComplete()
    {
        if (_stage == Stage.Chatting && _conversation is { IsFinished: true })
        {
            // The conversation finished without calling Finish (e.g. from OnChatEnded): treat it as finishing.
            BeginFinishing(new BotOutcome(true, "script finished", SendEnd: false));
            return;
        }

        if (_stage != Stage.Finishing || _pollOutstanding || _runningOperation is not null || (_operations?.Count ?? 0) > 0)
        {
            return;
        }

        // The run asked for the end (ramp-down, grace, stop, max duration) before the script or the agent ended the chat.
        var endedByRun = _endReason is not null && _outcome is not { Completed: true };
        _journal.MarkEnded(endedByRun ? CustomerEnd.EndedByRun : CustomerEnd.Completed, _outcome?.Reason ?? "finished");
        _stage = Stage.Done;
        Context.Stop(Self);
    }
}
