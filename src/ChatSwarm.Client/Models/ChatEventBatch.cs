using ChatSwarm.Client.Events;

namespace ChatSwarm.Client.Models;

/// <summary>The events of one Get New Chat Events or Get Chat History answer, in server order.</summary>
/// <param name="Events">The events (empty when the poll hold expired without events).</param>
public sealed record ChatEventBatch(IReadOnlyList<ChatEvent> Events)
{
    /// <summary>An empty batch.</summary>
    public static ChatEventBatch Empty { get; } = new(Array.Empty<ChatEvent>());
}
