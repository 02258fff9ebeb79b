using System.Threading.Channels;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Timing;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Running;

/// <summary>
/// The state of one <see cref="ConversationRunner"/> run and its <see cref="IBotHost"/>. Conversation callbacks and
/// host calls happen only on the loop in <see cref="LoopAsync"/>; the poll task, operation worker and timers talk to
/// it through one channel of inputs.
/// </summary>
internal sealed class ConversationRun : IBotHost
{
    private readonly IMessagingClient _client;
    private readonly ConversationRunnerOptions _options;
    private readonly IBotConversation _conversation;
    private readonly Channel<object> _inputs = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<BotOperation> _operations = Channel.CreateUnbounded<BotOperation>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Dictionary<object, TimerEntry> _timers = [];
    private readonly Dictionary<BotCounter, long> _counters = [];
    private readonly List<string> _errors = [];
    private readonly CancellationTokenSource _pollStop = new();
    private readonly CancellationTokenSource _workStop = new();
    private long _timerVersion;
    private int _pendingOperations;
    private BotOutcome? _outcome;
    private bool _stopRequested;

    // Set when a resumed session's history was handed to the conversation; drops the events the first polls repeat.
    private HistoryOverlap? _historyOverlap;

    public ConversationRun(IMessagingClient client, ConversationRunnerOptions options, IBotConversation conversation)
    {
        _client = client;
        _options = options;
        _conversation = conversation;
    }

    public string ClientId => _options.ClientId;

    public string ChatId { get; private set; } = string.Empty;

    public TimeProvider TimeProvider => _options.TimeProvider;

    public async Task<ConversationRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.GetTimestamp();
        try
        {
            var request = _conversation.CreateChatRequest();
            var created = await _client.RequestChatAsync(ClientId, request, cancellationToken).ConfigureAwait(false);
            if (!created.IsSuccess)
            {
                _errors.Add($"request chat failed: {created.Error}");
                return Result(started);
            }

            var session = created.Data;
            ChatId = session.ChatId;
            IReadOnlyList<ChatEvent>? history = null;
            if (!session.IsNewChat)
            {
                var past = await _client.GetChatHistoryAsync(ClientId, ChatId, cancellationToken).ConfigureAwait(false);
                history = past.IsSuccess ? past.Data.Events : [];
                _historyOverlap = history.Count > 0 ? new HistoryOverlap(history) : null;
            }

            using var deadline = TimeProvider.CreateTimer(_ => _inputs.Writer.TryWrite(Stop.Deadline), null, _options.MaxDuration, Timeout.InfiniteTimeSpan);
            using var cancelRegistration = cancellationToken.Register(() => _inputs.Writer.TryWrite(Stop.Cancelled));
            var worker = Task.Run(() => WorkAsync(_workStop.Token), CancellationToken.None);
            _conversation.Start(this, session, history);
            var poller = _conversation.IsFinished ? Task.CompletedTask : Task.Run(() => PollAsync(_pollStop.Token), CancellationToken.None);
            await LoopAsync().ConfigureAwait(false);

            await _pollStop.CancelAsync().ConfigureAwait(false);
            await poller.ConfigureAwait(false);
            _operations.Writer.TryComplete();
            await worker.ConfigureAwait(false);
            if (_outcome is { SendEnd: true } || _stopRequested)
            {
                // Ending the chat must not be skipped because the run was cancelled, so it gets its own short budget.
                using var endBudget = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                var end = await _client.SendEventsAsync(ClientId, ChatId, [new EndEvent()], endBudget.Token).ConfigureAwait(false);
                if (!end.IsSuccess && end.Error.Code != ApiErrorCode.ChatSessionNotFound)
                {
                    _errors.Add($"sending chat_session_end failed: {end.Error}");
                }
            }
        }
        finally
        {
            foreach (var entry in _timers.Values)
            {
                entry.Timer.Dispose();
            }

            _timers.Clear();
            await _workStop.CancelAsync().ConfigureAwait(false);
            _pollStop.Dispose();
            _workStop.Dispose();
        }

        return Result(started);
    }

    private ConversationRunResult Result(long started) => new()
    {
        ScriptName = _conversation.ScriptName,
        ChatId = ChatId.Length == 0 ? null : ChatId,
        Outcome = _outcome,
        Counters = new Dictionary<BotCounter, long>(_counters),
        Errors = [.. _errors],
        Elapsed = TimeProvider.GetElapsedTime(started),
    };

    private async Task LoopAsync()
    {
        // Runs until the conversation finished and every operation it queued has completed.
        while (!(_conversation.IsFinished && _pendingOperations == 0))
        {
            var input = await _inputs.Reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            switch (input)
            {
                case EventsInput events when !_conversation.IsFinished:
                    var fresh = _historyOverlap?.Filter(events.Events) ?? events.Events;
                    if (fresh.Count > 0)
                    {
                        _conversation.OnEvents(fresh);
                    }

                    if (events.ChatOver && !_conversation.IsFinished)
                    {
                        _conversation.OnChatEnded(events.Reason);
                    }

                    break;
                case TimerInput timer:
                    if (_timers.TryGetValue(timer.Key, out var entry) && entry.Version == timer.Version)
                    {
                        _timers.Remove(timer.Key);
                        entry.Timer.Dispose();
                        if (!_conversation.IsFinished)
                        {
                            _conversation.OnTimer(timer.Key);
                        }
                    }

                    break;
                case OperationInput done:
                    // Whether a failure matters (an expected 5501 does not) is the conversation's call; it reports it in the transcript.
                    _pendingOperations--;
                    _conversation.OnOperationCompleted(done.Operation, done.Result);
                    break;
                case PollStopped stopped when !_conversation.IsFinished:
                    _errors.Add(stopped.Reason);
                    _conversation.OnChatEnded(ChatEndReason.SessionLost);
                    break;
                case Stop stop when !_conversation.IsFinished:
                    _stopRequested = true;
                    _errors.Add(stop == Stop.Deadline
                        ? $"stopped after the max duration of {DurationParser.Format(_options.MaxDuration)}"
                        : "stopped: the run was cancelled");
                    _conversation.OnChatEnded(ChatEndReason.RunStopping);
                    break;
            }

            if (_conversation.IsFinished && !_pollStop.IsCancellationRequested)
            {
                await _pollStop.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task PollAsync(CancellationToken token)
    {
        var failures = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var result = await _client.GetNewEventsAsync(ClientId, ChatId, token).ConfigureAwait(false);
                if (result.IsSuccess)
                {
                    failures = 0;
                    var events = result.Data.Events;
                    if (events.Count == 0)
                    {
                        continue;
                    }

                    var reason = EndReason(events);
                    _inputs.Writer.TryWrite(new EventsInput(events, reason is not null, reason ?? ChatEndReason.EndedByServer));
                    if (reason is not null)
                    {
                        return;
                    }

                    continue;
                }

                if (result.Error.Code == ApiErrorCode.NoEvents)
                {
                    continue;
                }

                if (result.Error.Code == ApiErrorCode.ChatSessionNotFound || !result.Error.IsTransient || ++failures >= _options.MaxPollFailures)
                {
                    _inputs.Writer.TryWrite(new PollStopped($"polling stopped: {result.Error}"));
                    return;
                }

                await Task.Delay(_options.PollRetryDelay, TimeProvider, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The conversation finished; the held poll is abandoned on purpose.
        }
        catch (Exception ex)
        {
            // The client promises not to throw, but a bug there must end this run, not hang it.
            _inputs.Writer.TryWrite(new PollStopped($"polling stopped: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static ChatEndReason? EndReason(IReadOnlyList<ChatEvent> events)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case EndedEvent:
                case StatusEvent { State: ChatState.Completed }:
                    return ChatEndReason.EndedByServer;
                case StatusEvent { State: ChatState.Failed }:
                    return ChatEndReason.Failed;
                case InactivityTimeoutEvent:
                    return ChatEndReason.InactivityTimeout;
            }
        }

        return null;
    }

    private async Task WorkAsync(CancellationToken token)
    {
        var context = new BotOperationContext(_client, ClientId, ChatId);
        await foreach (var operation in _operations.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            BotOperationResult result;
            try
            {
                result = await operation.ExecuteAsync(context, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                result = new BotOperationResult(ApiError.From(ApiErrorCode.TransportFailure, $"{operation.Description} was cancelled"));
            }
            catch (Exception ex)
            {
                // Every enqueued operation must report back, or the loop would wait for it forever.
                result = new BotOperationResult(ApiError.From(ApiErrorCode.TransportFailure, $"{operation.Description} threw {ex.GetType().Name}: {ex.Message}"));
            }

            _inputs.Writer.TryWrite(new OperationInput(operation, result));
        }
    }

    public void Enqueue(BotOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _pendingOperations++;
        _operations.Writer.TryWrite(operation);
    }

    public void StartTimer(object key, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(key);
        CancelTimer(key);
        var version = ++_timerVersion;
        var timer = TimeProvider.CreateTimer(
            static state => { var (run, k, v) = ((ConversationRun, object, long))state!; run._inputs.Writer.TryWrite(new TimerInput(k, v)); },
            (this, key, version),
            delay < TimeSpan.Zero ? TimeSpan.Zero : delay,
            Timeout.InfiniteTimeSpan);
        _timers[key] = new TimerEntry(timer, version);
    }

    public void CancelTimer(object key)
    {
        if (_timers.Remove(key, out var entry))
        {
            entry.Timer.Dispose();
        }
    }

    public void Finish(BotOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcome ??= outcome;
    }

    public void Count(BotCounter counter, long count = 1) =>
        _counters[counter] = _counters.GetValueOrDefault(counter) + count;

    public void Transcript(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind is "error" or "expect_failed")
        {
            _errors.Add(entry.Text);
        }

        _options.Transcript?.Invoke(entry);
    }

    private sealed record EventsInput(IReadOnlyList<ChatEvent> Events, bool ChatOver, ChatEndReason Reason);

    private sealed record TimerInput(object Key, long Version);

    private sealed record OperationInput(BotOperation Operation, BotOperationResult Result);

    private sealed record PollStopped(string Reason);

    private enum Stop
    {
        Deadline,
        Cancelled,
    }

    private readonly record struct TimerEntry(ITimer Timer, long Version);
}
