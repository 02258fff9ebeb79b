using System.Buffers;

namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Downloads a file the agent sent (Get File), counting its bytes without keeping them. The result value is a <see cref="DownloadedFile"/>.</summary>
internal sealed class DownloadFileOperation : BotOperation
{
    public DownloadFileOperation(string fileId)
    {
        FileId = fileId;
    }

    public string FileId { get; }

    public override string Description => $"download file {FileId}";

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var result = await context.Client.GetFileAsync(context.ClientId, context.ChatId, FileId, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return new BotOperationResult(result.Error);
        }

        await using var download = result.Data;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int n;
            while ((n = await download.Content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += n;
            }

            return new BotOperationResult(null, new DownloadedFile(total, download.Length, download.ContentType, download.FileName));
        }
        catch (IOException ex)
        {
            return new BotOperationResult(Client.ApiError.From(Client.ApiErrorCode.ConnectionReset, $"download of {FileId} broke off: {ex.Message}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
