using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>location</c>: send chat_session_location.</summary>
internal sealed record LocationStep(int Line, int Column, double Latitude, double Longitude, Template? Url) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "location";
}
