using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Conversations;

/// <summary>Where one step list (the main conversation or a hook) stands: the next step and the step it waits in.</summary>
internal sealed class StepCursor
{
    public StepCursor(IReadOnlyList<ScriptStep> steps, bool isMain)
    {
        Steps = steps;
        IsMain = isMain;
    }

    public IReadOnlyList<ScriptStep> Steps { get; }

    public bool IsMain { get; }

    /// <summary>The next step to run.</summary>
    public int Index { get; set; }

    /// <summary>The step this cursor waits in (wait, typing, expect, capture, disconnect), or null.</summary>
    public ScriptStep? Blocked { get; set; }

    /// <summary>Bumped whenever a wait starts or ends, so a stale timer tick is ignored.</summary>
    public int Generation { get; set; }

    /// <summary>For a disconnect: how many forms had been shown when it was sent; only later forms are the survey.</summary>
    public int FormMark { get; set; }

    /// <summary>The timer key of the current wait, for cancelling it.</summary>
    public CursorTimer? Timer { get; set; }
}
