namespace ChatSwarm.Bots.Runtime;

/// <summary>How a conversation ended, from the script's point of view.</summary>
/// <param name="Completed">True when the script ran to its end (all steps done).</param>
/// <param name="Reason">Why it ended, e.g. <c>script finished</c>, <c>expect 'order' timed out</c>.</param>
/// <param name="SendEnd">True when the host should send chat_session_end before it stops (the script's <c>end</c> step or a failed expectation with end-on-failure).</param>
public sealed record BotOutcome(bool Completed, string Reason, bool SendEnd);
