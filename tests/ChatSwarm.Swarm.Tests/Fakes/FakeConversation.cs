using System.Collections.Concurrent;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Swarm.Tests.Fakes;

/// <summary>A scripted <see cref="IBotConversation"/> that records what its host tells it.</summary>
internal sealed class FakeConversation : IBotConversation
{
    private readonly ConcurrentQueue<string> _log = new();
    private volatile bool _finished;

    public string ScriptName { get; init; } = "fake";

    /// <summary>Runs when the chat starts (host, session, history).</summary>
    public Action<IBotHost, ChatSession, IReadOnlyList<ChatEvent>?>? OnStart { get; init; }

    /// <summary>Runs for each event batch.</summary>
    public Action<IBotHost, IReadOnlyList<ChatEvent>>? OnEventBatch { get; init; }

    /// <summary>Runs for each completed operation.</summary>
    public Action<IBotHost, BotOperation, BotOperationResult>? OnCompleted { get; init; }

    public IBotHost? Host { get; private set; }

    public bool IsFinished => _finished;

    public IReadOnlyList<ChatEvent>? History { get; private set; }

    public bool Started { get; private set; }

    public IReadOnlyList<string> Log => _log.ToArray();

    public ChatRequest CreateChatRequest() => new() { From = "fake" };

    public void Start(IBotHost host, ChatSession session, IReadOnlyList<ChatEvent>? history)
    {
        Host = host;
        History = history;
        Started = true;
        _log.Enqueue(history is null ? "start new" : $"start resumed ({history.Count} events)");
        OnStart?.Invoke(host, session, history);
    }

    public void OnEvents(IReadOnlyList<ChatEvent> events)
    {
        _log.Enqueue("events " + string.Join(",", events.Select(e => e.EventName)));
        OnEventBatch?.Invoke(Host!, events);
    }

    public void OnTimer(object key) => _log.Enqueue("timer " + key);

    public void OnOperationCompleted(BotOperation operation, BotOperationResult result)
    {
        _log.Enqueue("completed " + operation.Description + (result.Succeeded ? "" : " error " + (int)result.Error!.Code));
        OnCompleted?.Invoke(Host!, operation, result);
    }

    public void OnChatEnded(ChatEndReason reason)
    {
        _log.Enqueue("ended " + reason);
        _finished = true;
    }

    /// <summary>Finishes from the host's thread (call only inside the callbacks).</summary>
    public void Finish(IBotHost host, BotOutcome outcome)
    {
        _finished = true;
        host.Finish(outcome);
    }
}

/// <summary>Shared by a test's operations: the order they ran in and how many ever ran at once.</summary>
internal sealed class OperationTracker
{
    private int _running;
    private int _maxConcurrent;

    public ConcurrentQueue<string> Log { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

    public void Enter(string name)
    {
        var running = Interlocked.Increment(ref _running);
        int seen;
        while ((seen = Volatile.Read(ref _maxConcurrent)) < running && Interlocked.CompareExchange(ref _maxConcurrent, running, seen) != seen)
        {
        }

        Log.Enqueue("begin " + name);
    }

    public void Exit(string name)
    {
        Log.Enqueue("end " + name);
        Interlocked.Decrement(ref _running);
    }
}

/// <summary>An operation that records when it starts and ends, waits for a gate, and returns a chosen result.</summary>
internal sealed class GatedOperation : BotOperation
{
    private readonly TaskCompletionSource<BotOperationResult> _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly OperationTracker _tracker;
    private volatile bool _started;

    public GatedOperation(string name, OperationTracker tracker)
    {
        Name = name;
        _tracker = tracker;
    }

    public string Name { get; }

    public bool HasStarted => _started;

    public override string Description => Name;

    public void Release(BotOperationResult? result = null) => _gate.TrySetResult(result ?? BotOperationResult.Ok);

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        _tracker.Enter(Name);
        _started = true;
        try
        {
            return await _gate.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _tracker.Exit(Name);
        }
    }
}
