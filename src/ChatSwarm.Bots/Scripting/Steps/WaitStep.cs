using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>wait</c>: think time; null uses the script's (or the run's) default think time.</summary>
internal sealed record WaitStep(int Line, int Column, DelayDistribution? Delay) : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "wait";
}
