using System.Text.RegularExpressions;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>
/// <c>expect</c>: a matching server event arrives within <paramref name="Timeout"/>. A message must come after the
/// customer's last message (earlier ones answered something else); other events that arrived earlier still count.
/// Non-matching messages are left to the <c>on_message</c> rules.
/// </summary>
/// <param name="Line">Line.</param>
/// <param name="Column">Column.</param>
/// <param name="Target">The event awaited.</param>
/// <param name="Pattern">For messages: a regex the text must match, or null.</param>
/// <param name="Contains">For messages: text the message must contain (case-insensitive), or null.</param>
/// <param name="Timeout">How long to wait.</param>
/// <param name="EndOnFailure">Whether a failure ends the chat.</param>
/// <param name="Description">What is expected, for transcripts.</param>
internal sealed record ExpectStep(
    int Line, int Column, ExpectTarget Target, Regex? Pattern, string? Contains, TimeSpan Timeout, bool EndOnFailure, string Description)
    : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "expect";

    /// <inheritdoc />
    public override string Label => $"expect {Description} (line {Line})";

    /// <summary>Whether an agent message text satisfies this step (only for <see cref="ExpectTarget.Message"/>).</summary>
    public bool Matches(string text) =>
        (Pattern is null || RegexMatching.IsMatch(Pattern, text))
        && (Contains is null || text.Contains(Contains, StringComparison.OrdinalIgnoreCase));
}
