namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Fetches the case history (Get Case History). The result value is the <see cref="Client.Models.CaseHistory"/>.</summary>
public sealed class CaseHistoryOperation : BotOperation
{
    /// <inheritdoc />
    public override string Description => "get case history";

    /// <inheritdoc />
    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.GetCaseHistoryAsync(context.ClientId, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? new BotOperationResult(null, result.Data) : new BotOperationResult(result.Error);
    }
}
