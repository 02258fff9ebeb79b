using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// Where the chat stands on its way to an agent (ivr → queued → connecting → connected, then completed or failed), the
/// queue's wait estimate, and the agent it was given. Not thread-safe: the session changes it under its lock.
/// </summary>
internal sealed class AgentAssignment
{
    /// <summary>The chat's state as chat_session_status announces it.</summary>
    public ChatState State { get; private set; } = ChatState.Ivr;

    /// <summary>The estimated wait announced with <see cref="ChatState.Queued"/>; 0 once an agent is picked.</summary>
    public int EstimatedWaitSeconds { get; private set; }

    /// <summary>The agent picked for the chat, kept after the end for the record.</summary>
    public SimulatedAgent? Agent { get; private set; }

    /// <summary>The agent's party id in this chat.</summary>
    public string? AgentPartyId { get; private set; }

    /// <summary>The chat waits in the queue with an estimated wait of <paramref name="estimatedWaitSeconds"/>.</summary>
    public void Queue(int estimatedWaitSeconds)
    {
        State = ChatState.Queued;
        EstimatedWaitSeconds = estimatedWaitSeconds;
    }

    /// <summary>The pool picked <paramref name="agent"/>, who joins as <paramref name="partyId"/> once connected.</summary>
    public void Assign(SimulatedAgent agent, string partyId)
    {
        State = ChatState.Connecting;
        Agent = agent;
        AgentPartyId = partyId;
        EstimatedWaitSeconds = 0;
    }

    /// <summary>The picked agent joined.</summary>
    public void Connect() => State = ChatState.Connected;

    /// <summary>The chat is over; returns the agent whose slot it held (connecting or connected), to hand back to the pool, or null.</summary>
    public SimulatedAgent? End(ChatState finalState)
    {
        var heldSlot = State is ChatState.Connecting or ChatState.Connected;
        State = finalState;
        return heldSlot ? Agent : null;
    }
}
