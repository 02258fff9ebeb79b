using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Swarm.Customers;

/// <summary>The customer's own closing operation: Send Events with chat_session_end.</summary>
internal sealed class EndChatOperation : BotOperation
{
    private static readonly ChatEvent[] EndEvents = [new EndEvent()];

    public static EndChatOperation Instance { get; } = new();

    public override string Description => "send chat_session_end";

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.SendEventsAsync(context.ClientId, context.ChatId, EndEvents, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? BotOperationResult.Ok : new BotOperationResult(result.Error);
    }
}
