namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>say</c>: send a chat_session_message.</summary>
internal sealed record SayStep(int Line, int Column, TextChoice Text) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "say";
}
