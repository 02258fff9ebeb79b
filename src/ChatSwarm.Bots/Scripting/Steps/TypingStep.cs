using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>typing</c>: send chat_session_typing, wait <paramref name="Duration"/>, send chat_session_not_typing.</summary>
internal sealed record TypingStep(int Line, int Column, DelayDistribution Duration) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "typing";
}
