using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Conversations;

/// <summary>An event no step consumed yet.</summary>
internal readonly record struct InboxItem(ExpectTarget Kind, string? Text);
