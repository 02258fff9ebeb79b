using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Resuming a session (a restarted customer gets its chat back): <see cref="HistoryReplay"/> replays the history
/// silently so the script continues after the last step the customer is seen to have done, with the agent's events
/// since then waiting for the next steps exactly as if they had just arrived; this part carries the resume out.
/// </summary>
internal sealed partial class ScriptConversation
{
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

        foreach (var text in _inbox.MessageTexts())
        {
            ReplyByRules(text);
        }

        if (point.TimeoutWarningUnanswered)
        {
            AnswerTimeoutWarning();
        }
    }
}
