using System.Text.RegularExpressions;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>
/// <c>capture</c>: store part of an agent message in memory. The latest agent message is searched first; when it
/// does not match, the step waits for a matching one up to <paramref name="Timeout"/>. The stored value is the
/// group named <c>value</c>, else group 1, else the whole match.
/// </summary>
internal sealed record CaptureStep(int Line, int Column, string Name, Regex Pattern, TimeSpan Timeout, bool EndOnFailure)
    : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "capture";

    /// <inheritdoc />
    public override string Label => $"capture {Name} (line {Line})";

    /// <summary>Extracts the value from <paramref name="text"/>, or null when it does not match.</summary>
    public string? Extract(string text)
    {
        if (RegexMatching.Match(Pattern, text) is not { } m)
        {
            return null;
        }

        var named = m.Groups["value"];
        if (named.Success)
        {
            return named.Value;
        }

        return m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : m.Value;
    }
}
