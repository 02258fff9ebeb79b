namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>
/// <c>disconnect</c>: send chat_session_disconnect (the conversation ends but the session stays for a survey), then
/// wait up to <paramref name="SurveyTimeout"/> for the survey form (answered by <c>on_form</c>) or the chat's end.
/// The survey is the first form shown after the disconnect, or the first named <paramref name="SurveyForm"/> when set.
/// </summary>
internal sealed record DisconnectStep(int Line, int Column, TimeSpan SurveyTimeout, bool ExpectSurvey, bool EndOnFailure, string? SurveyForm = null)
    : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "disconnect";
}
