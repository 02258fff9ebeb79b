namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>end</c>: send chat_session_end and finish the conversation as completed.</summary>
internal sealed record EndStep(int Line, int Column) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "end";
}
