namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Closes the chat's CRM case (Close Case).</summary>
public sealed class CloseCaseOperation : BotOperation
{
    /// <inheritdoc />
    public override string Description => "close case";

    /// <inheritdoc />
    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.CloseCaseAsync(context.ClientId, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? BotOperationResult.Ok : new BotOperationResult(result.Error);
    }
}
