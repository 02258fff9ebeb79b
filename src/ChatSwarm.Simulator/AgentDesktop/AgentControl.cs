using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>
/// Drives the simulated agents exactly, in process; the same operations are served over HTTP under /agentdesktop/.
/// Every operation answers an Agent Desktop OperationResult with the seed's error codes.
/// </summary>
public sealed partial class AgentControl
{
    private readonly SimulatorEngine _engine;
    private long _callNumber;

    internal AgentControl(SimulatorEngine engine) => _engine = engine;

    /// <summary>All agents with their names, status, load and calling flag.</summary>
    /// <returns>The agents, ordered by id.</returns>
    public IReadOnlyList<AgentInfo> GetAgents() => _engine.Pool.Read(agents => agents.Select(Info).ToList());

    /// <summary>showUserStatus(): every agent id with its online flag.</summary>
    /// <returns>The presence list.</returns>
    public AgentOperationResult<IReadOnlyList<AgentPresence>> ShowUserStatus() =>
        AgentOperationResult<IReadOnlyList<AgentPresence>>.Success(_engine.Pool.Read(agents => agents.Select(a => new AgentPresence(a.Id, a.Status != AgentStatus.LoggedOut)).ToList()));

    /// <summary>showUserStatus('online'): the ids of online agents.</summary>
    /// <returns>The ids.</returns>
    public AgentOperationResult<IReadOnlyList<int>> ShowOnlineUserIds() =>
        AgentOperationResult<IReadOnlyList<int>>.Success(_engine.Pool.Read(agents => agents.Where(a => a.Status != AgentStatus.LoggedOut).Select(a => a.Id).ToList()));

    /// <summary>showUserStatus(id): whether one agent is online; object_not_found for an unknown id.</summary>
    /// <param name="agentId">The agent id.</param>
    /// <returns>The online flag.</returns>
    public AgentOperationResult<bool> ShowUserStatus(int agentId) =>
        _engine.Pool.Find(agentId) is { } agent
            ? AgentOperationResult<bool>.Success(_engine.Pool.Read(_ => agent.Status != AgentStatus.LoggedOut))
            : AgentOperationResult<bool>.Failure(AgentErrorCode.ObjectNotFound, $"no agent with id {agentId}");

    /// <summary>Sets an agent ready (takes chats, queued chats are routed to it at once), not ready, or logged out.</summary>
    /// <param name="agentId">The agent id.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The agent after the change.</returns>
    public AgentOperationResult<AgentInfo> SetStatus(int agentId, AgentStatus status)
    {
        if (_engine.Pool.Find(agentId) is not { } agent) return AgentOperationResult<AgentInfo>.Failure(AgentErrorCode.ObjectNotFound, $"no agent with id {agentId}");
        if (!Enum.IsDefined(status)) return AgentOperationResult<AgentInfo>.Failure(AgentErrorCode.InvalidArgs, $"unknown status {status}");
        _engine.SetAgentStatus(agent, status);
        return AgentOperationResult<AgentInfo>.Success(_engine.Pool.Read(_ => Info(agent)));
    }

    /// <summary>Sets ready (true) or not ready (false).</summary>
    /// <param name="agentId">The agent id.</param>
    /// <param name="ready">Ready or not.</param>
    /// <returns>The agent after the change.</returns>
    public AgentOperationResult<AgentInfo> SetReady(int agentId, bool ready) => SetStatus(agentId, ready ? AgentStatus.Ready : AgentStatus.NotReady);

    /// <summary>setCallingStatus(boolean).</summary>
    /// <param name="agentId">The agent id.</param>
    /// <param name="calling">The calling flag.</param>
    /// <returns>The flag after the change.</returns>
    public AgentOperationResult<bool> SetCallingStatus(int agentId, bool calling)
    {
        if (_engine.Pool.Find(agentId) is not { } agent) return AgentOperationResult<bool>.Failure(AgentErrorCode.ObjectNotFound, $"no agent with id {agentId}");
        return _engine.Pool.Update(agent, a =>
        {
            if (a.Status == AgentStatus.LoggedOut) return AgentOperationResult<bool>.Failure(AgentErrorCode.NotLoggedIn, $"agent {agentId} is logged out");
            a.Calling = calling;
            return AgentOperationResult<bool>.Success(calling);
        });
    }

    /// <summary>getCallingStatus().</summary>
    /// <param name="agentId">The agent id.</param>
    /// <returns>The calling flag.</returns>
    public AgentOperationResult<bool> GetCallingStatus(int agentId) =>
        _engine.Pool.Find(agentId) is { } agent
            ? AgentOperationResult<bool>.Success(_engine.Pool.Read(_ => agent.Calling))
            : AgentOperationResult<bool>.Failure(AgentErrorCode.ObjectNotFound, $"no agent with id {agentId}");

    /// <summary>
    /// startCall(phoneNumber, initialObject): errors object_not_found (unknown agent), not_logged_in, empty_number,
    /// invalid_args (bad number or initialObject without id/type), self_call (the agent's own number) and
    /// not_suitable_state (already on a call); success marks the agent calling and returns the interaction id.
    /// </summary>
    /// <param name="agentId">The calling agent.</param>
    /// <param name="phoneNumber">The number to dial.</param>
    /// <param name="initialObject">The associated object, optional.</param>
    /// <returns>The InitiateResult.</returns>
    public AgentOperationResult<InitiateResult> StartCall(int agentId, string? phoneNumber, InteractionAssociatedObject? initialObject = null)
    {
        if (_engine.Pool.Find(agentId) is not { } agent) return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.ObjectNotFound, $"no agent with id {agentId}");
        return _engine.Pool.Update(agent, a =>
        {
            if (a.Status == AgentStatus.LoggedOut) return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.NotLoggedIn, $"agent {agentId} is logged out");
            if (string.IsNullOrWhiteSpace(phoneNumber)) return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.EmptyNumber, "phoneNumber is empty");
            var digits = new string(phoneNumber.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0 || phoneNumber.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.')))
                return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.InvalidArgs, $"phoneNumber '{phoneNumber}' is not a phone number");
            if (initialObject is not null && (string.IsNullOrWhiteSpace(initialObject.Id) || string.IsNullOrWhiteSpace(initialObject.Type)))
                return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.InvalidArgs, "initialObject needs id and type");
            if (digits == a.Extension) return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.SelfCall, $"{phoneNumber} is agent {agentId}'s own number");
            if (a.Calling) return AgentOperationResult<InitiateResult>.Failure(AgentErrorCode.NotSuitableState, $"agent {agentId} is already on a call");
            a.Calling = true;
            var id = $"call-{agentId}-{Interlocked.Increment(ref _callNumber)}";
            return AgentOperationResult<InitiateResult>.Success(new InitiateResult(id, null));
        });
    }

    private static AgentInfo Info(SimulatedAgent a) => new(a.Id, a.FirstName, a.LastName, a.DisplayName, a.Status, a.ActiveChats, a.Calling, a.Extension);
}
