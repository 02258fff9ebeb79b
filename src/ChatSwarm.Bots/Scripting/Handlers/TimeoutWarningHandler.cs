using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary><c>on_timeout_warning</c>: reply to stay alive (<paramref name="Reply"/> set) or ignore and let the chat time out.</summary>
internal sealed record TimeoutWarningHandler(TextChoice? Reply, DelayDistribution? Delay);
