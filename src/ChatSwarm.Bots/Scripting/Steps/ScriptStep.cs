namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>One conversation step, with where it was written (for transcripts and errors).</summary>
/// <param name="Line">1-based line in the script.</param>
/// <param name="Column">1-based column in the script.</param>
internal abstract record ScriptStep(int Line, int Column)
{
    /// <summary>The step's YAML key, e.g. <c>say</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>A short label for transcripts, e.g. <c>expect 'order' (line 12)</c>.</summary>
    public virtual string Label => $"{Kind} (line {Line})";
}
