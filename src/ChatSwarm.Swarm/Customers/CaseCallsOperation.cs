using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Customers;

/// <summary>The optional end-of-chat calls: Get Case History and/or Close Case, once the scenario set a case.</summary>
internal sealed class CaseCallsOperation : BotOperation
{
    private readonly bool _history;
    private readonly bool _close;

    public CaseCallsOperation(bool history, bool close)
    {
        _history = history;
        _close = close;
    }

    public override string Description => "case history / close case";

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        ApiError? firstError = null;
        if (_history)
        {
            var history = await context.Client.GetCaseHistoryAsync(context.ClientId, cancellationToken).ConfigureAwait(false);
            firstError ??= history.Error;
        }

        if (_close)
        {
            var close = await context.Client.CloseCaseAsync(context.ClientId, cancellationToken).ConfigureAwait(false);
            firstError ??= close.Error;
        }

        return new BotOperationResult(firstError);
    }
}
