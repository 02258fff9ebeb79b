using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Sends chat events with Send Events.</summary>
public sealed class SendEventsOperation : BotOperation
{
    /// <summary>An operation that sends <paramref name="events"/> in one request.</summary>
    public SendEventsOperation(params ChatEvent[] events)
    {
        Events = events;
    }

    /// <summary>The events sent.</summary>
    public IReadOnlyList<ChatEvent> Events { get; }

    /// <inheritdoc />
    public override string Description => Events.Count == 1 ? $"send {Events[0].EventName}" : $"send {Events.Count} events";

    /// <inheritdoc />
    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.SendEventsAsync(context.ClientId, context.ChatId, Events, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? BotOperationResult.Ok : new BotOperationResult(result.Error);
    }
}
