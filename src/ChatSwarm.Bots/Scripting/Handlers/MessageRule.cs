using System.Text.RegularExpressions;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary>An <c>on_message</c> rule: when an agent message matches, reply. A rule with neither pattern nor text is the default.</summary>
/// <param name="Pattern">Regex to match, or null.</param>
/// <param name="Contains">Text to find (case-insensitive), or null.</param>
/// <param name="Reply">What to say.</param>
/// <param name="Delay">Think time before replying; null uses the default.</param>
internal sealed record MessageRule(Regex? Pattern, string? Contains, TextChoice Reply, DelayDistribution? Delay)
{
    /// <summary>True for the catch-all rule.</summary>
    public bool IsDefault => Pattern is null && Contains is null;

    /// <summary>Whether <paramref name="text"/> triggers this rule.</summary>
    public bool Matches(string text) =>
        (Pattern is null || RegexMatching.IsMatch(Pattern, text))
        && (Contains is null || text.Contains(Contains, StringComparison.OrdinalIgnoreCase));
}
