using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>navigate</c>: send chat_session_navigation with a page and optional title.</summary>
internal sealed record NavigateStep(int Line, int Column, Template Page, Template? Title) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "navigate";
}
