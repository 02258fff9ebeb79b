using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Resuming a session (a restarted customer gets its chat back): the history is replayed silently so the script
/// continues after the last step the customer is seen to have done, with the agent's events since then waiting for
/// the next steps exactly as if they had just arrived.
/// </summary>
internal sealed partial class ScriptConversation
{
    /// <summary>
    /// Rebuilds the conversation's state from <paramref name="history"/> without sending or counting anything: the
    /// agent, which main steps were done, the agent's events no done step consumed (the inbox), captured memory,
    /// unanswered forms and whether the chat is already over.
    /// </summary>
    private ResumePoint Replay(IReadOnlyList<ChatEvent> history)
    {
        var steps = _script.Steps;
        var done = FindDoneSteps(steps, history);
        var point = new ResumePoint { StepIndex = done.Count > 0 ? done[^1].Step + 1 : 0, StepsFound = done.Count };
        var step = 0;
        var next = 0;
        DisconnectStep? survey = null;
        var surveyMark = 0;
        var surveyAnswered = false;
        for (int i = 0; i < history.Count; i++)
        {
            if (next < done.Count && done[next].Event == i)
            {
                // The customer did this step here: whatever the steps before it still waited for, they were over by now.
                var doneStep = done[next++].Step;
                step = doneStep + 1;
                survey = steps[doneStep] is DisconnectStep { ExpectSurvey: true } d ? d : null;
                surveyMark = _formsShown;
                surveyAnswered = false;
            }

            switch (history[i])
            {
                case MessageEvent m when IsCustomerParty(m.PartyId):
                    // As live: agent messages before a customer message answered something earlier.
                    _inbox.RemoveAll(item => item.Kind == ExpectTarget.Message);
                    point.TimeoutWarningUnanswered = false;
                    break;
                case MessageEvent m:
                    _lastAgentMessage = m.Msg;
                    Remember(ExpectTarget.Message, m.Msg);
                    break;
                case FileEvent f when !IsCustomerParty(f.PartyId):
                    Remember(ExpectTarget.File);
                    break;
                case FormShowEvent form:
                    point.PendingForms.Add((form, ++_formsShown));
                    break;
                case FormDataEvent data:
                    var shown = point.PendingForms.FindIndex(p => p.Form.FormRequestId == data.FormRequestId);
                    if (shown >= 0)
                    {
                        var (form, number) = point.PendingForms[shown];
                        point.PendingForms.RemoveAt(shown);
                        surveyAnswered |= survey is not null && number > surveyMark && (survey.SurveyForm is null || survey.SurveyForm == form.FormName);
                    }

                    Remember(ExpectTarget.Form);
                    break;
                case SecureFormShowEvent secure:
                    point.PendingSecureForms.Add(secure);
                    break;
                case SecureFormDataEvent secureData:
                    ResolveSecureForm(point, secureData.FormRequestId);
                    break;
                case SecureFormCancelEvent cancel:
                    ResolveSecureForm(point, cancel.FormRequestId);
                    break;
                case CaseSetEvent:
                    Remember(ExpectTarget.CaseSet);
                    break;
                case TimeoutWarningEvent:
                    Remember(ExpectTarget.TimeoutWarning);
                    point.TimeoutWarningUnanswered = true;
                    break;
                case PartyJoinedEvent joined when joined.Type != "scenario":
                    RememberAgent(joined);
                    Remember(ExpectTarget.AgentJoined);
                    _sessionCreatedFired = true;
                    _sessionStartedFired = true;
                    break;
                case StatusEvent { State: ChatState.Queued or ChatState.Connecting }:
                    _sessionCreatedFired = true;
                    break;
                case StatusEvent { State: ChatState.Connected }:
                    _sessionCreatedFired = true;
                    _sessionStartedFired = true;
                    break;
                case StatusEvent { State: ChatState.Completed }:
                    point.EndedReason ??= "the chat had completed";
                    break;
                case StatusEvent { State: ChatState.Failed }:
                    point.EndedReason ??= "the chat had failed";
                    break;
                case EndedEvent:
                    point.EndedReason ??= "the chat had ended";
                    break;
                case InactivityTimeoutEvent:
                    point.EndedReason ??= "the chat had timed out for inactivity";
                    break;
                case EndEvent:
                    point.EndedReason ??= "the customer had ended the chat";
                    break;
            }

            ReplaySteps(steps, ref step, next < done.Count ? done[next].Step : point.StepIndex);
        }

        if (survey is not null && !surveyAnswered)
        {
            // The disconnect was sent but its survey not answered: wait in it again instead of sending it twice.
            point.Survey = survey;
            point.SurveyFormMark = surveyMark;
        }

        return point;
    }

    /// <summary>
    /// Runs the done steps before <paramref name="limit"/> against what has arrived so far: expects and captures take
    /// their events from the inbox (so those are not offered to later steps again); the rest need nothing.
    /// </summary>
    private void ReplaySteps(IReadOnlyList<ScriptStep> steps, ref int step, int limit)
    {
        for (; step < limit; step++)
        {
            switch (steps[step])
            {
                case ExpectStep { Target: ExpectTarget.Ended }:
                    return;
                case ExpectStep expect when !TakeFromInbox(expect.Target, expect.Matches):
                    return;
                case CaptureStep capture:
                    if (_lastAgentMessage is null || capture.Extract(_lastAgentMessage) is not { } value)
                    {
                        return;
                    }

                    Store(capture.Name, value);
                    break;
            }
        }
    }

    /// <summary>
    /// Finds, in order, the history events that show a main step was done: the customer's message for a <c>say</c>
    /// (any of its variants, see <see cref="Templating.Template.CouldRender"/>), navigation, location, file,
    /// disconnect and end. Messages that fit no step were handler replies. Returns (step index, event index) pairs.
    /// </summary>
    private List<(int Step, int Event)> FindDoneSteps(IReadOnlyList<ScriptStep> steps, IReadOnlyList<ChatEvent> history)
    {
        var done = new List<(int Step, int Event)>();
        var from = 0;
        for (int s = 0; s < steps.Count && from < history.Count; s++)
        {
            for (int i = from; i < history.Count; i++)
            {
                if (ShowsDone(steps[s], history[i]))
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
        (SayStep say, MessageEvent m) => IsCustomerParty(m.PartyId) && say.Text.CouldRender(m.Msg, this),
        (NavigateStep navigate, NavigationEvent n) => navigate.Page.CouldRender(n.Page, this),
        (LocationStep location, LocationEvent l) => Math.Abs(l.Latitude - location.Latitude) < 1e-9 && Math.Abs(l.Longitude - location.Longitude) < 1e-9,
        (SendFileStep { ExpectError: null } file, FileEvent f) => IsCustomerParty(f.PartyId) && f.FileType == file.FileType,
        (DisconnectStep, DisconnectEvent) => true,
        (EndStep, EndEvent) => true,
        _ => false,
    };

    private void ResolveSecureForm(ResumePoint point, string formRequestId)
    {
        if (point.PendingSecureForms.RemoveAll(f => f.FormRequestId == formRequestId) > 0)
        {
            // As live: an expect for a secure form is met once it was filled or cancelled.
            Remember(ExpectTarget.SecureForm);
        }
    }

    /// <summary>
    /// In a history, the customer's own events carry no party id or the chat id (the API gives the chat id as the
    /// party of history events the client sent); the agent's carry the agent's party id.
    /// </summary>
    private bool IsCustomerParty(string? partyId) => string.IsNullOrEmpty(partyId) || partyId == _chatId;

    /// <summary>Starts the main steps where the history left them, then answers what the customer had not answered yet.</summary>
    private void ResumeMain(StepCursor main, ResumePoint point, int historyCount)
    {
        if (Tracing)
        {
            Transcript("system", "resume", point.Survey is { } waiting
                ? $"resumed from {historyCount} history event(s), waiting again for the survey of {waiting.Label}"
                : main.Index < main.Steps.Count
                    ? $"resumed from {historyCount} history event(s) at {main.Steps[main.Index].Label}"
                    : $"resumed from {historyCount} history event(s) after the last step");
        }

        if (point.Survey is { } survey)
        {
            main.FormMark = point.SurveyFormMark;
            Block(main, survey, survey.SurveyTimeout);
        }
        else
        {
            Advance(main);
        }

        // Replies the previous incarnation still owed (it stopped before its delayed answers went out); the next steps
        // had their chance at the agent's messages first, as live.
        foreach (var (form, number) in point.PendingForms)
        {
            if (IsFinished)
            {
                return;
            }

            AnswerForm(form, number);
        }

        foreach (var secure in point.PendingSecureForms)
        {
            if (IsFinished)
            {
                return;
            }

            AnswerSecureForm(secure);
        }

        if (IsFinished)
        {
            return;
        }

        foreach (var item in _inbox.ToArray())
        {
            if (item.Kind == ExpectTarget.Message)
            {
                ReplyByRules(item.Text!);
            }
        }

        if (point.TimeoutWarningUnanswered)
        {
            AnswerTimeoutWarning();
        }
    }
}
