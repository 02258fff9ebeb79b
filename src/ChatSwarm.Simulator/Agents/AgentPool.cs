using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Agents;

/// <summary>
/// Routes chats to the least busy ready agent and queues the rest in arrival order.
/// It never calls into a session while holding its lock: it returns the pairs to connect instead.
/// </summary>
internal sealed class AgentPool
{
    private static readonly string[] FirstNames = ["Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kaia", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara"];
    private static readonly string[] LastNames = ["Anders", "Baker", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ivanova", "Jensen", "Kowalski", "Lopez", "Moreau", "Novak", "Ortiz", "Petrov", "Quist", "Rossi", "Silva", "Tanaka"];

    private readonly SimulatedAgent[] _agents;
    private readonly Queue<ChatSession> _queue = new();
    private readonly Lock _gate = new();
    private readonly int _chatsPerAgent;
    private readonly TimeSpan _averageHandleTime;

    public AgentPool(int agents, int chatsPerAgent, TimeSpan averageHandleTime, int seed)
    {
        _chatsPerAgent = chatsPerAgent;
        _averageHandleTime = averageHandleTime;
        var random = new Random(seed ^ 0xA6E17);
        _agents = new SimulatedAgent[agents];
        for (var i = 0; i < agents; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            _agents[i] = new SimulatedAgent(1001 + i, first, last, (2001 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public int Count => _agents.Length;

    public int QueueLength
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    public SimulatedAgent? Find(int id)
    {
        var index = id - 1001;
        return index >= 0 && index < _agents.Length ? _agents[index] : null;
    }

    public IReadOnlyList<SimulatedAgent> All => _agents;

    /// <summary>Reads agent fields consistently.</summary>
    public T Read<T>(Func<SimulatedAgent[], T> read)
    {
        lock (_gate) return read(_agents);
    }

    /// <summary>Estimated wait in seconds for a chat at a 1-based queue position.</summary>
    public int EstimateWaitSeconds(int position)
    {
        lock (_gate) return EstimateLocked(position);
    }

    /// <summary>Estimated wait for a chat that would be queued now.</summary>
    public int EstimateWaitForNewChat()
    {
        lock (_gate)
        {
            return FindFreeLocked() is null ? EstimateLocked(_queue.Count + 1) : 0;
        }
    }

    /// <summary>Gives the chat to a free agent, or queues it and reports its 1-based position.</summary>
    public SimulatedAgent? AssignOrEnqueue(ChatSession session, out int position)
    {
        lock (_gate)
        {
            var agent = FindFreeLocked();
            if (agent is not null)
            {
                agent.ActiveChats++;
                position = 0;
                return agent;
            }

            _queue.Enqueue(session);
            position = _queue.Count;
            return null;
        }
    }

    /// <summary>Frees one chat slot of the agent and hands queued chats to free agents.</summary>
    public List<(ChatSession Session, SimulatedAgent Agent)>? Release(SimulatedAgent agent)
    {
        lock (_gate)
        {
            agent.ActiveChats = Math.Max(0, agent.ActiveChats - 1);
            agent.Handled++;
            return DrainLocked();
        }
    }

    /// <summary>Changes the agent's status and, when it becomes ready, hands it queued chats.</summary>
    public List<(ChatSession Session, SimulatedAgent Agent)>? SetStatus(SimulatedAgent agent, AgentStatus status)
    {
        lock (_gate)
        {
            agent.Status = status;
            if (status == AgentStatus.LoggedOut) agent.Calling = false;
            return DrainLocked();
        }
    }

    /// <summary>Changes agent fields under the pool lock.</summary>
    public T Update<T>(SimulatedAgent agent, Func<SimulatedAgent, T> update)
    {
        lock (_gate) return update(agent);
    }

    private List<(ChatSession, SimulatedAgent)>? DrainLocked()
    {
        List<(ChatSession, SimulatedAgent)>? result = null;
        while (_queue.Count > 0)
        {
            var next = _queue.Peek();
            if (next.IsEnded)
            {
                _queue.Dequeue();
                continue;
            }

            var agent = FindFreeLocked();
            if (agent is null) break;
            _queue.Dequeue();
            agent.ActiveChats++;
            (result ??= []).Add((next, agent));
        }

        return result;
    }

    private SimulatedAgent? FindFreeLocked()
    {
        SimulatedAgent? best = null;
        foreach (var a in _agents)
        {
            if (a.Status != AgentStatus.Ready || a.ActiveChats >= _chatsPerAgent) continue;
            if (best is null || a.ActiveChats < best.ActiveChats || (a.ActiveChats == best.ActiveChats && a.Handled < best.Handled)) best = a;
        }

        return best;
    }

    private int EstimateLocked(int position)
    {
        var capacity = 0;
        foreach (var a in _agents)
        {
            if (a.Status == AgentStatus.Ready) capacity += _chatsPerAgent;
        }

        var perSlot = _averageHandleTime.TotalSeconds / Math.Max(1, capacity);
        return (int)Math.Ceiling(position * perSlot);
    }
}
