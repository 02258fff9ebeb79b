using System.Collections.Concurrent;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Simulator.Files;
using ChatSwarm.Simulator.Scheduling;
using ChatSwarm.Simulator.Stats;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>The simulated tenant behind the HTTP endpoints: sessions, agents, files, faults, counters and the scheduler.</summary>
internal sealed class SimulatorEngine : IDisposable
{
    private readonly ConcurrentDictionary<string, ChatSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChatSession> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<ChatSession>> _byClient = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ChatSession>> _sessionWaiters = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    public SimulatorEngine(SimulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Scheduler = new Scheduler(Time);
        Counters = new SimulatorCounters();
        Pool = new AgentPool(options.Agents, options.ChatsPerAgent, options.Behavior.AverageHandleTime, options.Seed);
        Files = new FileStore(options.MaxStoredFiles, options.MaxStoredFileBytes, options.Seed);
        Faults = new FaultInjector(options.Faults, options.Seed, Time, Counters);
    }

    public SimulatorOptions Options { get; }

    public AgentBehaviorOptions Behavior => Options.Behavior;

    public TimeProvider Time { get; }

    public Scheduler Scheduler { get; }

    public SimulatorCounters Counters { get; }

    public AgentPool Pool { get; }

    public FileStore Files { get; }

    public FaultInjector Faults { get; }

    public static string ClientKey(string appId, string clientId) => appId + "\n" + clientId;

    /// <summary>Returns the client's active session, or starts a new one.</summary>
    public (ChatSession Session, bool IsNew) RequestChat(string appId, string clientId, string? phoneNumber)
    {
        var key = ClientKey(appId, clientId);
        ChatSession session;
        lock (_createGate)
        {
            if (_active.TryGetValue(key, out var existing) && !existing.IsEnded) return (existing, false);
            var list = _byClient.GetOrAdd(key, static _ => []);
            int ordinal;
            lock (list) ordinal = list.Count;
            var random = new Random(SessionSeed(Options.Seed, key, ordinal));
            Span<byte> guid = stackalloc byte[16];
            random.NextBytes(guid);
            guid[7] = (byte)((guid[7] & 0x0F) | 0x40);
            guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
            var chatId = new Guid(guid).ToString("D");
            session = new ChatSession(this, chatId, key, clientId, phoneNumber, random, Time.GetUtcNow());
            _sessions[chatId] = session;
            _active[key] = session;
            lock (list) list.Add(session);
        }

        Counters.SessionCreated();
        session.Start();
        if (_sessionWaiters.TryRemove(clientId, out var waiter)) waiter.TrySetResult(session);
        return (session, true);
    }

    /// <summary>Waits until the client (by clientId under any app id) has an active session.</summary>
    public async Task<ChatSession> WaitForActiveSessionAsync(string clientId, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (FindActiveByClientId(clientId) is { } existing) return existing;
            var waiter = _sessionWaiters.GetOrAdd(clientId, static _ => new TaskCompletionSource<ChatSession>(TaskCreationOptions.RunContinuationsAsynchronously));
            if (FindActiveByClientId(clientId) is { } raced) return raced;
            var created = await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!created.IsEnded) return created;
        }
    }

    public ChatSession? Find(string chatId) => _sessions.TryGetValue(chatId, out var s) ? s : null;

    public ChatSession? FindActive(string appId, string clientId) =>
        _active.TryGetValue(ClientKey(appId, clientId), out var s) && !s.IsEnded ? s : null;

    /// <summary>Finds the active chat of a client under any configured app id.</summary>
    public ChatSession? FindActiveByClientId(string clientId)
    {
        foreach (var appId in Options.AppIds)
        {
            if (FindActive(appId, clientId) is { } s) return s;
        }

        return null;
    }

    /// <summary>The client's newest session, active or recently ended.</summary>
    public ChatSession? FindLatest(string clientKey)
    {
        if (!_byClient.TryGetValue(clientKey, out var list)) return null;
        lock (list) return list.Count > 0 ? list[^1] : null;
    }

    public List<ChatSession> SessionsOf(string clientKey)
    {
        if (!_byClient.TryGetValue(clientKey, out var list)) return [];
        lock (list) return [.. list];
    }

    public void OnSessionEnded(ChatSession session)
    {
        _active.TryRemove(new KeyValuePair<string, ChatSession>(session.ClientKey, session));
        Scheduler.Schedule(Options.EndedSessionRetention, static s =>
        {
            var (engine, ended) = ((SimulatorEngine, ChatSession))s!;
            engine.Forget(ended);
        }, (this, session));
    }

    public void ReleaseAgent(SimulatedAgent agent) => Connect(Pool.Release(agent));

    public void SetAgentStatus(SimulatedAgent agent, AgentStatus status) => Connect(Pool.SetStatus(agent, status));

    public SimulatorStats GetStats()
    {
        var byState = new int[ChatStateNames.All.Length];
        foreach (var s in _sessions.Values) byState[(int)s.Snapshot().State]++;
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < byState.Length; i++) states[ChatStateNames.All[i]] = byState[i];
        var faults = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var k in Enum.GetValues<FaultKind>()) faults[FaultRule.NameOf(k)] = Counters.Faults(k);
        return new SimulatorStats
        {
            SessionsByState = states,
            SessionsCreated = Counters.SessionsCreated,
            QueueLength = Pool.QueueLength,
            PollsServed = Counters.PollsServed,
            ConcurrentPollViolations = Counters.ConcurrentPollViolations,
            FaultsInjected = faults,
            MessagesFromClients = Counters.ClientMessages,
            MessagesFromAgents = Counters.AgentMessages,
            FilesUploaded = Counters.FilesUploaded,
            FilesFromAgents = Counters.AgentFiles,
            Requests = Counters.Requests,
        };
    }

    /// <summary>Answers every held poll so the server can stop without waiting out poll holds.</summary>
    public void ReleaseHeldPolls()
    {
        foreach (var s in _sessions.Values) s.ReleaseHeldPoll();
    }

    public int CountHeldPolls() => _sessions.Values.Count(s => s.IsPollHeld);

    public void Dispose() => Scheduler.Dispose();

    private static void Connect(List<(ChatSession Session, SimulatedAgent Agent)>? pairs)
    {
        if (pairs is null) return;
        foreach (var (session, agent) in pairs) session.BeginConnecting(agent);
    }

    private void Forget(ChatSession session)
    {
        _sessions.TryRemove(new KeyValuePair<string, ChatSession>(session.ChatId, session));
        if (_byClient.TryGetValue(session.ClientKey, out var list))
        {
            lock (list) list.Remove(session);
        }
    }

    /// <summary>FNV-1a over the seed, client key and ordinal: a session's dice don't depend on other sessions.</summary>
    private static int SessionSeed(int seed, string clientKey, int ordinal)
    {
        var hash = 2166136261u ^ (uint)seed;
        hash *= 16777619u;
        foreach (var c in clientKey)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ (uint)ordinal) * 16777619u;
        return (int)hash;
    }
}
