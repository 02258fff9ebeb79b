namespace ChatSwarm.Bots.Runtime;

/// <summary>One line of a conversation transcript.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Who">Who acted: <c>customer</c>, <c>agent</c> (or the agent's display name), <c>system</c>.</param>
/// <param name="Kind">What happened: <c>message</c>, <c>form</c>, <c>file</c>, <c>status</c>, <c>expect</c>, ...</param>
/// <param name="Text">Plain text to show.</param>
public sealed record TranscriptEntry(DateTimeOffset At, string Who, string Kind, string Text);
