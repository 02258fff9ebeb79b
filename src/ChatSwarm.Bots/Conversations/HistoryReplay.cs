using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Replays a resumed session's history silently, once: rebuilds the conversation's pieces (the agent, the inbox of
/// events no done step consumed, captured memory, forms shown, lifecycle milestones) without sending or counting
/// anything, and finds where the main steps stand, what is still unanswered and whether the chat is already over.
/// </summary>
internal sealed class HistoryReplay
{
    private readonly IReadOnlyList<ScriptStep> _steps;
    private readonly ITemplateContext _context;
    private readonly ChatParties _parties;
    private readonly Inbox _inbox;
    private readonly FormResponder _forms;
    private readonly SessionMilestones _milestones;
    private readonly ConversationMemory _memory;
    private readonly ResumePoint _point = new();
    private List<(int Step, int Event)> _done = [];

    // Where the walk stands: the next main step the replayed events could have moved on, the next done step to meet,
    // and the disconnect (if the last done step was one) whose survey may be answered later in the history.
    private int _step;
    private int _next;
    private DisconnectStep? _survey;
    private int _surveyMark;
    private bool _surveyAnswered;

    /// <param name="steps">The script's main steps.</param>
    /// <param name="context">Template data for telling which <c>say</c> variant a message could be.</param>
    /// <param name="parties">The chat's parties (its chat id set); gets the agent and the agent's last message.</param>
    /// <param name="inbox">Gets the agent's events no done step consumed.</param>
    /// <param name="forms">Counts the forms the history shows.</param>
    /// <param name="milestones">Marks the session created and started as the history shows.</param>
    /// <param name="memory">Gets the values done capture steps captured.</param>
    public HistoryReplay(IReadOnlyList<ScriptStep> steps, ITemplateContext context, ChatParties parties, Inbox inbox, FormResponder forms, SessionMilestones milestones, ConversationMemory memory)
    {
        _steps = steps;
        _context = context;
        _parties = parties;
        _inbox = inbox;
        _forms = forms;
        _milestones = milestones;
        _memory = memory;
    }

    /// <summary>Replays <paramref name="history"/> into the pieces; returns where the conversation resumes. Call once.</summary>
    public ResumePoint Run(IReadOnlyList<ChatEvent> history)
    {
        _done = FindDoneSteps(history);
        _point.StepIndex = _done.Count > 0 ? _done[^1].Step + 1 : 0;
        _point.StepsFound = _done.Count;
        for (int i = 0; i < history.Count; i++)
        {
            if (_next < _done.Count && _done[_next].Event == i)
            {
                // The customer did this step here: whatever the steps before it still waited for, they were over by now.
                var doneStep = _done[_next++].Step;
                _step = doneStep + 1;
                _survey = _steps[doneStep] is DisconnectStep { ExpectSurvey: true } d ? d : null;
                _surveyMark = _forms.Shown;
                _surveyAnswered = false;
            }

            Apply(history[i]);
            ReplaySteps(_next < _done.Count ? _done[_next].Step : _point.StepIndex);
        }

        if (_survey is not null && !_surveyAnswered)
        {
            // The disconnect was sent but its survey not answered: wait in it again instead of sending it twice.
            _point.Survey = _survey;
            _point.SurveyFormMark = _surveyMark;
        }

        return _point;
    }

    private void Apply(ChatEvent e)
    {
        switch (e)
        {
            case MessageEvent m when _parties.IsCustomerParty(m.PartyId):
                // As live: agent messages before a customer message answered something earlier.
                _inbox.ForgetMessages();
                _point.TimeoutWarningUnanswered = false;
                break;
            case MessageEvent m:
                _parties.LastAgentMessage = m.Msg;
                _inbox.Remember(ExpectTarget.Message, m.Msg);
                break;
            case FileEvent f when !_parties.IsCustomerParty(f.PartyId):
                _inbox.Remember(ExpectTarget.File);
                break;
            case FormShowEvent form:
                _point.PendingForms.Add((form, _forms.CountShown()));
                break;
            case FormDataEvent data:
                var shown = _point.PendingForms.FindIndex(p => p.Form.FormRequestId == data.FormRequestId);
                if (shown >= 0)
                {
                    var (form, number) = _point.PendingForms[shown];
                    _point.PendingForms.RemoveAt(shown);
                    _surveyAnswered |= _survey is not null && FormResponder.IsSurvey(_survey, _surveyMark, number, form.FormName);
                }

                _inbox.Remember(ExpectTarget.Form);
                break;
            case SecureFormShowEvent secure:
                _point.PendingSecureForms.Add(secure);
                break;
            case SecureFormDataEvent secureData:
                ResolveSecureForm(secureData.FormRequestId);
                break;
            case SecureFormCancelEvent cancel:
                ResolveSecureForm(cancel.FormRequestId);
                break;
            case CaseSetEvent:
                _inbox.Remember(ExpectTarget.CaseSet);
                break;
            case TimeoutWarningEvent:
                _inbox.Remember(ExpectTarget.TimeoutWarning);
                _point.TimeoutWarningUnanswered = true;
                break;
            case PartyJoinedEvent joined when joined.Type != "scenario":
                _parties.Join(joined);
                _inbox.Remember(ExpectTarget.AgentJoined);
                _milestones.ReachCreated();
                _milestones.ReachStarted();
                break;
            case StatusEvent { State: ChatState.Queued or ChatState.Connecting }:
                _milestones.ReachCreated();
                break;
            case StatusEvent { State: ChatState.Connected }:
                _milestones.ReachCreated();
                _milestones.ReachStarted();
                break;
            case StatusEvent { State: ChatState.Completed }:
                _point.EndedReason ??= "the chat had completed";
                break;
            case StatusEvent { State: ChatState.Failed }:
                _point.EndedReason ??= "the chat had failed";
                break;
            case EndedEvent:
                _point.EndedReason ??= "the chat had ended";
                break;
            case InactivityTimeoutEvent:
                _point.EndedReason ??= "the chat had timed out for inactivity";
                break;
            case EndEvent:
                _point.EndedReason ??= "the customer had ended the chat";
                break;
        }
    }

    /// <summary>
    /// Runs the done steps before <paramref name="limit"/> against what has arrived so far: expects and captures take
    /// their events from the inbox (so those are not offered to later steps again); the rest need nothing.
    /// </summary>
    private void ReplaySteps(int limit)
    {
        for (; _step < limit; _step++)
        {
            switch (_steps[_step])
            {
                case ExpectStep { Target: ExpectTarget.Ended }:
                    return;
                case ExpectStep expect when !_inbox.Take(expect.Target, expect.Matches):
                    return;
                case CaptureStep capture:
                    if (_parties.LastAgentMessage is not { } last || capture.Extract(last) is not { } value)
                    {
                        return;
                    }

                    _memory.Store(capture.Name, value);
                    break;
            }
        }
    }

    /// <summary>
    /// Finds, in order, the history events that show a main step was done: the customer's message for a <c>say</c>
    /// (any of its variants, see <see cref="Template.CouldRender"/>), navigation, location, file,
    /// disconnect and end. Messages that fit no step were handler replies. Returns (step index, event index) pairs.
    /// </summary>
    private List<(int Step, int Event)> FindDoneSteps(IReadOnlyList<ChatEvent> history)
    {
        var done = new List<(int Step, int Event)>();
        var from = 0;
        for (int s = 0; s < _steps.Count && from < history.Count; s++)
        {
            for (int i = from; i < history.Count; i++)
            {
                if (ShowsDone(_steps[s], history[i]))
                {
                    done.Add((s, i));
                    from = i + 1;
                    break;
                }
            }
        }

        return done;
    }

    private bool ShowsDone(ScriptStep step, ChatEvent e) => (step, e) switch
    {
        (SayStep say, MessageEvent m) => _parties.IsCustomerParty(m.PartyId) && say.Text.CouldRender(m.Msg, _context),
        (NavigateStep navigate, NavigationEvent n) => navigate.Page.CouldRender(n.Page, _context),
        (LocationStep location, LocationEvent l) => Math.Abs(l.Latitude - location.Latitude) < 1e-9 && Math.Abs(l.Longitude - location.Longitude) < 1e-9,
        (SendFileStep { ExpectError: null } file, FileEvent f) => _parties.IsCustomerParty(f.PartyId) && f.FileType == file.FileType,
        (DisconnectStep, DisconnectEvent) => true,
        (EndStep, EndEvent) => true,
        _ => false,
    };

    private void ResolveSecureForm(string formRequestId)
    {
        if (_point.PendingSecureForms.RemoveAll(f => f.FormRequestId == formRequestId) > 0)
        {
            // As live: an expect for a secure form is met once it was filled or cancelled.
            _inbox.Remember(ExpectTarget.SecureForm);
        }
    }
}
