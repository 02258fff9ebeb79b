using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>ivr → queued → connecting → connected, announced by chat_session_status.</summary>
internal sealed partial class ChatSession
{
    /// <summary>Starts the scenario: the chat leaves ivr after the configured IVR time.</summary>
    public void Start()
    {
        lock (_gate) EmitLocked(EventJson.Status(ChatState.Ivr, null));
        Schedule(_engine.Behavior.IvrDuration, static s => s.EnterQueue());
    }

    private void EnterQueue()
    {
        if (_ended) return;
        var agent = _engine.Pool.AssignOrEnqueue(this, out var position);
        var ewt = agent is null ? _engine.Pool.EstimateWaitSeconds(position) : 0;
        lock (_gate)
        {
            if (!_ended)
            {
                _assignment.Queue(ewt);
                EmitLocked(EventJson.Status(ChatState.Queued, ewt));
            }
        }

        if (agent is not null) BeginConnecting(agent);
    }

    /// <summary>Called when the pool has picked an agent for this chat.</summary>
    public void BeginConnecting(SimulatedAgent agent)
    {
        lock (_gate)
        {
            if (!_ended)
            {
                Span<byte> id = stackalloc byte[6];
                Random.NextBytes(id);
                _assignment.Assign(agent, $"{agent.Id}-{Convert.ToHexStringLower(id)}");
                EmitLocked(EventJson.Status(ChatState.Connecting, null));
                Schedule(_engine.Behavior.ConnectingDuration, static s => s.Connect());
                return;
            }
        }

        // The chat ended while it waited: hand the slot straight back.
        _engine.ReleaseAgent(agent);
    }

    private void Connect()
    {
        lock (_gate)
        {
            if (_ended || Agent is null) return;
            var agent = Agent;
            _assignment.Connect();
            EmitLocked(EventJson.Status(ChatState.Connected, null));
            EmitLocked(EventJson.PartyJoined(AgentPartyId!, agent.FirstName, agent.LastName, agent.DisplayName, NowMs));
            if (_engine.Behavior.Autonomous)
            {
                EmitLocked(EventJson.Message(AgentPartyId!, NextServerMessageId(), $"Hello, this is {agent.FirstName}. How can I help you today?", NowMs));
                _engine.Counters.AgentMessage();
                TouchIdleLocked();
                AnswerBacklogLocked();
            }
        }

        _connected.TrySetResult(ChatId);
    }
}
