namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>
/// <c>disconnect</c>: send chat_session_disconnect (the conversation ends but the session stays for a survey), then
/// wait up to <paramref name="SurveyTimeout"/> for the survey form (answered by <c>on_form</c>) or the chat's end.
/// </summary>
internal sealed record DisconnectStep(int Line, int Column, TimeSpan SurveyTimeout, bool ExpectSurvey, bool EndOnFailure)
    : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "disconnect";
}
