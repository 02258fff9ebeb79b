using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// One chat session: its event log, the held poll waiting for new events, and the simulated agent's side of the
/// conversation. All mutable state is guarded by <see cref="_gate"/>, including the small pieces that keep it (none of
/// them thread-safe on its own); pool calls happen after the lock is released.
/// </summary>
internal sealed partial class ChatSession
{
    // What the autonomous agent says between the greeting and the goodbye.
    private static readonly string[] Replies =
    [
        "Thanks for the details, let me check that for you.",
        "I see. Could you tell me a bit more?",
        "Got it. I am looking into your account now.",
        "That should be sorted out shortly.",
        "Understood, I have updated the request.",
        "Let me confirm that with the team.",
    ];

    private readonly SimulatorEngine _engine;
    private readonly Lock _gate = new();
    private readonly AgentAssignment _assignment = new();
    private readonly EventLog _log = new();
    private readonly HeldPoll _poll = new();
    private readonly SessionIds _ids;
    private readonly AgentTurns _turns = new();
    private readonly IdleClock _idle = new();
    private readonly PendingSurvey _survey = new();
    private readonly CustomerAnswers _answers = new();
    private readonly TaskCompletionSource<string> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Volatile because IsEnded and EnterQueue read it without the lock; it only changes under the lock.
    private volatile bool _ended;

    public ChatSession(SimulatorEngine engine, string chatId, string clientKey, string clientId, string? phoneNumber, Random random, DateTimeOffset created)
    {
        _engine = engine;
        ChatId = chatId;
        ClientKey = clientKey;
        ClientId = clientId;
        PhoneNumber = phoneNumber;
        Random = random;
        Created = created;
        _ids = new SessionIds(chatId);
    }

    public string ChatId { get; }

    /// <summary>appId plus clientId: one active session per key.</summary>
    public string ClientKey { get; }

    public string ClientId { get; }

    public string? PhoneNumber { get; }

    public DateTimeOffset Created { get; }

    /// <summary>This session's own seeded dice, so its agent behaves the same for a seed whatever other sessions do.</summary>
    private Random Random { get; }

    public ChatState State => _assignment.State;

    public bool IsEnded => _ended;

    public SimulatedAgent? Agent => _assignment.Agent;

    public string? AgentPartyId => _assignment.AgentPartyId;

    public string? CaseId { get; private set; }

    public bool CaseClosed { get; private set; }

    /// <summary>Completes with the chat id once an agent is connected.</summary>
    public Task<string> Connected => _connected.Task;

    public int EstimatedWaitSeconds => _assignment.EstimatedWaitSeconds;

    public (ChatState State, int Ewt) Snapshot()
    {
        lock (_gate) return (State, EstimatedWaitSeconds);
    }

    public List<byte[]> HistorySnapshot()
    {
        lock (_gate) return _log.HistorySnapshot();
    }

    public bool TryCloseCase()
    {
        lock (_gate)
        {
            if (CaseId is null) return false;
            CaseClosed = true;
            return true;
        }
    }

    private long NowMs => _engine.Time.GetUtcNow().ToUnixTimeMilliseconds();

    private long NowSec => _engine.Time.GetUtcNow().ToUnixTimeSeconds();

    private string NextServerMessageId() => _ids.NextServerMessage();

    /// <summary>Appends a server event to the history and wakes the held poll; call under the lock.</summary>
    private void EmitLocked(byte[] evt)
    {
        _log.Emit(evt);
        _poll.Wake();
    }

    /// <summary>Ends the session (no more events accepted, polls get 5005 once drained) and frees its agent.</summary>
    private void EndLocked(ChatState finalState, out SimulatedAgent? releasedAgent)
    {
        releasedAgent = null;
        if (_ended) return;
        _ended = true;
        releasedAgent = _assignment.End(finalState);
        _idle.Disarm();
        _survey.CancelTimeout();
        _connected.TrySetException(new InvalidOperationException($"Chat {ChatId} ended before an agent connected."));
        _ = _connected.Task.Exception;
        _answers.Wake();

        // Wake a held poll even without a new event, so it learns the session is gone.
        _poll.Wake();
    }

    private void AfterEnd(SimulatedAgent? released)
    {
        _engine.OnSessionEnded(this);
        if (released is not null) _engine.ReleaseAgent(released);
    }

    private ScheduledWork Schedule(TimeSpan delay, Action<ChatSession> action) =>
        _engine.Scheduler.Schedule(delay, static s => { var (session, act) = ((ChatSession, Action<ChatSession>))s!; act(session); }, (this, action));
}
