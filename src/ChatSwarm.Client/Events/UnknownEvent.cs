using System.Text.Json;

namespace ChatSwarm.Client.Events;

/// <summary>An event whose name this client does not know: kept whole as raw JSON, counted, never thrown.</summary>
public sealed record UnknownEvent : ChatEvent
{
    /// <summary>The event's <c>event</c> value as received (empty when absent).</summary>
    public required string Name { get; init; }

    /// <summary>The whole event object as received.</summary>
    public required JsonElement Raw { get; init; }

    /// <inheritdoc />
    public override string EventName => Name;
}
