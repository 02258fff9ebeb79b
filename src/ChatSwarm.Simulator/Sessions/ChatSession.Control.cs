using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>Agent actions driven exactly by the agent-control API.</summary>
internal sealed partial class ChatSession
{
    /// <summary>Runs an agent action on a connected chat; errors follow the Agent Desktop codes.</summary>
    public AgentOperationResult<string> Control(AgentAction action, string? a, string? b, byte[]? content)
    {
        SimulatedAgent? released = null;
        AgentOperationResult<string> result;
        lock (_gate)
        {
            if (_ended) return AgentOperationResult<string>.Failure(AgentErrorCode.NoInteraction, $"chat {ChatId} has ended");
            if (State != ChatState.Connected || AgentPartyId is null)
                return AgentOperationResult<string>.Failure(AgentErrorCode.NotSuitableState, $"chat {ChatId} is {State.Wire()}, not connected to an agent");
            switch (action)
            {
                case AgentAction.SendMessage:
                    var msgId = NextServerMessageId();
                    EmitLocked(EventJson.Message(AgentPartyId, msgId, a!, NowMs));
                    _engine.Counters.AgentMessage();
                    result = AgentOperationResult<string>.Success(msgId);
                    break;
                case AgentAction.ShowForm:
                    result = AgentOperationResult<string>.Success(ShowFormLocked(a!, int.Parse(b!, System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case AgentAction.ShowSecureForm:
                    result = AgentOperationResult<string>.Success(ShowSecureFormLocked(a!));
                    break;
                case AgentAction.SendFile:
                    result = AgentOperationResult<string>.Success(SendFileLocked(a!, b!, content!));
                    break;
                case AgentAction.SetCase:
                    SetCaseLocked(a!);
                    result = AgentOperationResult<string>.Success(a!);
                    break;
                case AgentAction.Typing:
                    EmitLocked(EventJson.PartyTimestamped("chat_session_typing", AgentPartyId, NowSec));
                    result = AgentOperationResult<string>.Success(ChatId);
                    break;
                case AgentAction.NotTyping:
                    EmitLocked(EventJson.PartyTimestamped("chat_session_not_typing", AgentPartyId, NowSec));
                    result = AgentOperationResult<string>.Success(ChatId);
                    break;
                case AgentAction.Signal:
                    result = AgentOperationResult<string>.Success(SendSignalLocked(a!));
                    break;
                case AgentAction.RequestCobrowsing:
                    result = AgentOperationResult<string>.Success(RequestCobrowsingLocked());
                    break;
                default:
                    AgentEndLocked(out released);
                    result = AgentOperationResult<string>.Success(ChatId);
                    break;
            }
        }

        if (action == AgentAction.EndChat) AfterEnd(released);
        return result;
    }
}

/// <summary>Agent actions on a chat.</summary>
internal enum AgentAction
{
    SendMessage,
    ShowForm,
    ShowSecureForm,
    SendFile,
    SetCase,
    Typing,
    NotTyping,
    Signal,
    RequestCobrowsing,
    EndChat,
}
