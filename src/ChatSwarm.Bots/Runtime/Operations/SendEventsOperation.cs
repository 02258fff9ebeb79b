using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Sends chat events with Send Events.</summary>
internal sealed class SendEventsOperation : BotOperation
{
    public SendEventsOperation(params ChatEvent[] events)
    {
        Events = events;
    }

    public IReadOnlyList<ChatEvent> Events { get; }

    public override string Description => Events.Count == 1 ? $"send {Events[0].EventName}" : $"send {Events.Count} events";

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.SendEventsAsync(context.ClientId, context.ChatId, Events, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? BotOperationResult.Ok : new BotOperationResult(result.Error);
    }
}
