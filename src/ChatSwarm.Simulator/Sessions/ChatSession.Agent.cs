using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>The autonomous agent: receipts, typing, think-time replies, forms, files, case, idle handling and the end.</summary>
internal sealed partial class ChatSession
{
    private static readonly string[] Replies =
    [
        "Thanks for the details, let me check that for you.",
        "I see. Could you tell me a bit more?",
        "Got it. I am looking into your account now.",
        "That should be sorted out shortly.",
        "Understood, I have updated the request.",
        "Let me confirm that with the team.",
    ];

    private ScheduledWork? _idleWork;
    private ScheduledWork? _surveyWork;
    private long _lastCustomerActivityTicks;
    private bool _idleWarned;
    private int _exchanges;
    private string? _surveyRequestId;
    private int _formNumber;
    private List<string>? _backlog;

    /// <summary>Answers messages the customer sent before the agent joined.</summary>
    private void AnswerBacklogLocked()
    {
        if (_backlog is null) return;
        var waiting = _backlog;
        _backlog = null;
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
            (_backlog ??= []).Add(msgId);
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
            _exchanges++;
            EmitLocked(EventJson.PartyTimestamped("chat_session_not_typing", AgentPartyId, NowSec));
            if (Behavior.ExchangesBeforeEnd > 0 && _exchanges >= Behavior.ExchangesBeforeEnd)
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
                if (file) SendFileLocked("receipt.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes($"Receipt for chat {ChatId}\nExchange {_exchanges}\n"));
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
        var requestId = $"{ChatId}:form{++_formNumber}";
        EmitLocked(EventJson.FormShow(requestId, formName, timeoutSeconds, NowSec));
        return requestId;
    }

    private string ShowSecureFormLocked(string formId)
    {
        var requestId = $"{ChatId}:form{++_formNumber}";
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
        _lastCustomerActivityTicks = _engine.Time.GetUtcNow().UtcTicks;
        _idleWarned = false;
        if (!Behavior.Autonomous || Behavior.IdleWarningAfter is not { } warnAfter || _idleWork is not null) return;
        _idleWork = Schedule(warnAfter, static s => s.CheckIdle());
    }

    private void CheckIdle()
    {
        SimulatedAgent? released = null;
        var ended = false;
        lock (_gate)
        {
            _idleWork = null;
            if (_ended || State != ChatState.Connected || Behavior.IdleWarningAfter is not { } warnAfter || Behavior.IdleTimeoutAfter is not { } timeoutAfter) return;
            var idle = TimeSpan.FromTicks(_engine.Time.GetUtcNow().UtcTicks - _lastCustomerActivityTicks);
            if (!_idleWarned)
            {
                if (idle < warnAfter)
                {
                    _idleWork = Schedule(warnAfter - idle, static s => s.CheckIdle());
                    return;
                }

                _idleWarned = true;
                EmitLocked(EventJson.TextNotice("chat_session_timeout_warning", "Are you still there? The chat will close soon due to inactivity.", NowMs));
                _idleWork = Schedule(timeoutAfter - idle, static s => s.CheckIdle());
                return;
            }

            if (idle < timeoutAfter)
            {
                _idleWork = Schedule(timeoutAfter - idle, static s => s.CheckIdle());
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

        if (_surveyRequestId is not null) return;
        EmitLocked(EventJson.PartyTimestamped("chat_session_party_left", AgentPartyId, NowMs));
        _surveyRequestId = ShowFormLocked(Behavior.SurveyFormName, (int)Math.Max(1, Math.Ceiling(Behavior.SurveyTimeout.TotalSeconds)));
        _surveyWork = Schedule(Behavior.SurveyTimeout, static s => s.FinishSurvey());
    }

    private void FinishSurvey()
    {
        SimulatedAgent? released;
        lock (_gate)
        {
            _surveyWork = null;
            if (_ended) return;
            EmitLocked(EventJson.Status(ChatState.Completed, null));
            EmitLocked(EventJson.Bare("chat_session_ended"));
            EndLocked(ChatState.Completed, out released);
        }

        AfterEnd(released);
    }
}
