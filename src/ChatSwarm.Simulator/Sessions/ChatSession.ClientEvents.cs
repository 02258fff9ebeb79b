using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>Send Events: stores client events in the history and lets the agent react.</summary>
internal sealed partial class ChatSession
{
    /// <summary>Accepts client events; returns false when the session has ended (5005).</summary>
    public bool AcceptClientEvents(IReadOnlyList<ClientEvent> events)
    {
        SimulatorEngineEndAction end = default;
        lock (_gate)
        {
            if (_ended) return false;
            foreach (var e in events)
            {
                // Signaling is a WebRTC transport, not part of the transcript.
                if (e.Name != "chat_session_signaling") _log.Record(e.Raw);
                switch (e.Name)
                {
                    case "chat_session_message":
                    case "chat_session_file":
                        if (e.Name == "chat_session_message") _engine.Counters.ClientMessage();
                        TouchIdleLocked();
                        OnCustomerMessageLocked(e.MsgId ?? _ids.NextClientMessage());
                        break;
                    case "chat_session_form_data":
                    case "chat_session_secure_form_data":
                        TouchIdleLocked();
                        if (_survey.IsAnsweredBy(e.FormRequestId))
                        {
                            _survey.CancelTimeout();
                            EmitLocked(EventJson.Status(ChatState.Completed, null));
                            EmitLocked(EventJson.Bare("chat_session_ended"));
                            EndLocked(ChatState.Completed, out end.Released);
                            end.Ended = true;
                        }
                        else if (Behavior.Autonomous && State == ChatState.Connected && AgentPartyId is not null)
                        {
                            EmitLocked(EventJson.Message(AgentPartyId, NextServerMessageId(), "Thank you, I have received the form.", NowMs));
                            _engine.Counters.AgentMessage();
                        }

                        break;
                    case "chat_session_end":
                        // The client closed the chat itself, so nothing is left for it to poll.
                        _log.DropPending();
                        EndLocked(ChatState.Completed, out end.Released);
                        end.Ended = true;
                        break;
                    case "chat_session_disconnect":
                        OnCustomerDisconnectLocked(out var endNow);
                        if (endNow)
                        {
                            EndLocked(ChatState.Completed, out end.Released);
                            end.Ended = true;
                        }

                        break;
                    case "chat_session_signaling":
                        TouchIdleLocked();
                        RecordSignalLocked(e.Raw);
                        break;
                    case "chat_session_cobrowsing_rejected":
                    case "chat_session_cobrowsing_started":
                    case "chat_session_cobrowsing_ended":
                        TouchIdleLocked();
                        _answers.AddCobrowsing(e.Name);
                        break;
                    case "chat_session_message_delivered":
                    case "chat_session_message_read":
                        break;
                    default:
                        TouchIdleLocked();
                        break;
                }

                if (_ended) break;
            }
        }

        if (end.Ended) AfterEnd(end.Released);
        return true;
    }

    private struct SimulatorEngineEndAction
    {
        public bool Ended;
        public SimulatedAgent? Released;
    }
}
