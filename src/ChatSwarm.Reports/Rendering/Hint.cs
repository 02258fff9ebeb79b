namespace ChatSwarm.Reports.Rendering;

/// <summary>One piece of advice derived from the results.</summary>
internal sealed record Hint(HintSeverity Severity, string Text);

/// <summary>How urgent a hint is.</summary>
internal enum HintSeverity
{
    Info,
    Warning,
    Problem,
}
