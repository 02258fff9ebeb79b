using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>Uploads a file (from disk or generated), then announces it with chat_session_file. The result value is the file id.</summary>
internal sealed class SendFileOperation : BotOperation
{
    public SendFileOperation(SendFileStep step)
    {
        Step = step;
    }

    public SendFileStep Step { get; }

    public override string Description => $"upload and send {Step.Source.FileName}";

    public override async Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken)
    {
        var source = Step.Source;
        Stream content;
        try
        {
            content = source.Path is { } path
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
                : new GeneratedPayloadStream(source.Bytes);
        }
        catch (IOException ex)
        {
            return new BotOperationResult(Client.ApiError.From(Client.ApiErrorCode.FileOperationError, $"cannot read {source.Path}: {ex.Message}"));
        }
        catch (UnauthorizedAccessException)
        {
            // A local file problem, not the network: reported as such so nobody looks for it in the tenant.
            return new BotOperationResult(Client.ApiError.From(Client.ApiErrorCode.FileOperationError, $"cannot read {source.Path}: permission denied"));
        }

        await using (content.ConfigureAwait(false))
        {
            var upload = new FileUpload { FileName = source.FileName, ContentType = source.ContentType, Content = content, Length = content.Length };
            var uploaded = await context.Client.UploadFileAsync(context.ClientId, upload, cancellationToken).ConfigureAwait(false);
            if (!uploaded.IsSuccess)
            {
                return new BotOperationResult(uploaded.Error);
            }

            var announce = new FileEvent { FileId = uploaded.Data.FileId, FileType = Step.FileType };
            var sent = await context.Client.SendEventsAsync(context.ClientId, context.ChatId, [announce], cancellationToken).ConfigureAwait(false);
            return sent.IsSuccess ? new BotOperationResult(null, uploaded.Data.FileId) : new BotOperationResult(sent.Error, uploaded.Data.FileId);
        }
    }
}
