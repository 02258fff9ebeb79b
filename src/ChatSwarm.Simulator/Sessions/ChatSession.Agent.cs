using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>The autonomous agent: receipts, typing, think-time replies, forms, files, case, idle handling and the end.</summary>
internal sealed partial class ChatSession
{
    /// <summary>Answers messages the customer sent before the agent joined.</summary>
    private void AnswerBacklogLocked()
    {
        if (_turns.TakeBacklog() is not { } waiting) return;
        foreach (var msgId in waiting) OnCustomerMessageLocked(msgId);
    }

    private AgentBehaviorOptions Behavior => _engine.Behavior;

    /// <summary>A customer message arrived: receipts now, typing, and a reply after a think time.</summary>
    private void OnCustomerMessageLocked(string msgId)
    {
        if (!Behavior.Autonomous) return;
        if (State != ChatState.Connected || AgentPartyId is null)
        {
            // Messages typed while waiting in the queue are answered once an agent joins.
            _turns.Defer(msgId);
            return;
        }

        EmitLocked(EventJson.Receipt("chat_session_message_delivered", AgentPartyId, msgId, NowSec));
        EmitLocked(EventJson.Receipt("chat_session_message_read", AgentPartyId, msgId, NowSec));
        EmitLocked(EventJson.PartyTimestamped("chat_session_typing", AgentPartyId, NowSec));
        Schedule(Behavior.ThinkTime.Sample(Random), static s => s.Reply());
    }

    private void Reply()
    {
        SimulatedAgent? released = null;
        var endedHere = false;
        lock (_gate)
        {
            if (_ended || State != ChatState.Connected || AgentPartyId is null) return;
            var last = _turns.CountReply(Behavior.ExchangesBeforeEnd);
            EmitLocked(EventJson.PartyTimestamped("chat_session_not_typing", AgentPartyId, NowSec));
            if (last)
            {
                EmitLocked(EventJson.Message(AgentPartyId, NextServerMessageId(), "Thank you for contacting us. Have a great day!", NowMs));
                _engine.Counters.AgentMessage();
                AgentEndLocked(out released);
                endedHere = true;
            }
            else
            {
                EmitLocked(EventJson.Message(AgentPartyId, NextServerMessageId(), Replies[Random.Next(Replies.Length)], NowMs));
                _engine.Counters.AgentMessage();

                // Rolls are drawn in a fixed order every time so one seed always yields the same conversation.
                var form = Random.NextDouble() < Behavior.FormProbability;
                var secure = Random.NextDouble() < Behavior.SecureFormProbability;
                var file = Random.NextDouble() < Behavior.FileProbability;
                var setCase = Random.NextDouble() < Behavior.CaseProbability;
                if (form) ShowFormLocked("contact_details", Behavior.FormTimeoutSeconds);
                if (secure) ShowSecureFormLocked("payment_card");
                if (file) SendFileLocked("receipt.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes($"Receipt for chat {ChatId}\nExchange {_turns.Exchanges}\n"));
                if (setCase && CaseId is null) SetCaseLocked($"CASE-{Random.Next(100000, 999999)}");
            }
        }

        if (endedHere) AfterEnd(released);
    }

    /// <summary>The agent closes the chat: party_left, status completed, chat_session_ended.</summary>
    private void AgentEndLocked(out SimulatedAgent? released)
    {
        if (AgentPartyId is not null) EmitLocked(EventJson.PartyTimestamped("chat_session_party_left", AgentPartyId, NowMs));
        EmitLocked(EventJson.Status(ChatState.Completed, null));
        EmitLocked(EventJson.Bare("chat_session_ended"));
        EndLocked(ChatState.Completed, out released);
    }

    private string ShowFormLocked(string formName, int timeoutSeconds)
    {
        var requestId = _ids.NextFormRequest();
        EmitLocked(EventJson.FormShow(requestId, formName, timeoutSeconds, NowSec));
        return requestId;
    }

    private string ShowSecureFormLocked(string formId)
    {
        var requestId = _ids.NextFormRequest();
        EmitLocked(EventJson.SecureFormShow(requestId, formId, NowSec));
        return requestId;
    }

    private string SendFileLocked(string name, string contentType, byte[] content)
    {
        var stored = _engine.Files.Add(name, contentType, content);
        var type = contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? "image" : "attachment";
        EmitLocked(EventJson.File(AgentPartyId!, NextServerMessageId(), stored.Id, type, NowSec));
        _engine.Counters.AgentFile();
        return stored.Id;
    }

    private void SetCaseLocked(string caseId)
    {
        CaseId = caseId;
        CaseClosed = false;
        EmitLocked(EventJson.CaseSet(caseId, NowSec));
    }

    /// <summary>The customer said something: restart the idle clock (one scheduled check per session, re-armed lazily).</summary>
    private void TouchIdleLocked()
    {
        _idle.Touch(_engine.Time.GetUtcNow());
        if (!Behavior.Autonomous || Behavior.IdleWarningAfter is not { } warnAfter || _idle.IsArmed) return;
        _idle.Arm(Schedule(warnAfter, static s => s.CheckIdle()));
    }

    private void CheckIdle()
    {
        SimulatedAgent? released = null;
        var ended = false;
        lock (_gate)
        {
            _idle.Fired();
            if (_ended || State != ChatState.Connected || Behavior.IdleWarningAfter is not { } warnAfter || Behavior.IdleTimeoutAfter is not { } timeoutAfter) return;
            var decision = _idle.Check(_engine.Time.GetUtcNow(), warnAfter, timeoutAfter);
            if (decision.Action == IdleAction.Warn)
            {
                EmitLocked(EventJson.TextNotice("chat_session_timeout_warning", "Are you still there? The chat will close soon due to inactivity.", NowMs));
            }

            if (decision.Action != IdleAction.TimeOut)
            {
                _idle.Arm(Schedule(decision.CheckAgainIn, static s => s.CheckIdle()));
                return;
            }

            EmitLocked(EventJson.TextNotice("chat_session_inactivity_timeout", "The chat was closed due to inactivity.", NowMs));
            EndLocked(ChatState.Completed, out released);
            ended = true;
        }

        if (ended) AfterEnd(released);
    }

    /// <summary>chat_session_disconnect: the agent leaves, a survey form is shown, and the chat ends on its data or timeout.</summary>
    private void OnCustomerDisconnectLocked(out bool endNow)
    {
        endNow = false;
        if (State != ChatState.Connected || AgentPartyId is null)
        {
            EmitLocked(EventJson.Bare("chat_session_ended"));
            endNow = true;
            return;
        }

        if (_survey.IsShown) return;
        EmitLocked(EventJson.PartyTimestamped("chat_session_party_left", AgentPartyId, NowMs));
        var requestId = ShowFormLocked(Behavior.SurveyFormName, (int)Math.Max(1, Math.Ceiling(Behavior.SurveyTimeout.TotalSeconds)));
        _survey.Show(requestId, Schedule(Behavior.SurveyTimeout, static s => s.FinishSurvey()));
    }

    private void FinishSurvey()
    {
        SimulatedAgent? released;
        lock (_gate)
        {
            _survey.TimedOut();
            if (_ended) return;
            EmitLocked(EventJson.Status(ChatState.Completed, null));
            EmitLocked(EventJson.Bare("chat_session_ended"));
            EndLocked(ChatState.Completed, out released);
        }

        AfterEnd(released);
    }
}
