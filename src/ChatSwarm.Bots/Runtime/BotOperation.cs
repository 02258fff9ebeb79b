using ChatSwarm.Client;

namespace ChatSwarm.Bots.Runtime;

/// <summary>
/// A unit of I/O a conversation asks its host to run: send events, upload a file and announce it, download a file,
/// fetch case history, close the case. The host supplies the client and session and reports the result back.
/// </summary>
public abstract class BotOperation
{
    /// <summary>A short description for transcripts and logs, e.g. <c>send chat_session_message</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Runs the operation. API failures are returned in the result, never thrown; cancellation throws.</summary>
    public abstract Task<BotOperationResult> ExecuteAsync(BotOperationContext context, CancellationToken cancellationToken);
}

/// <summary>What an operation runs against.</summary>
/// <param name="Client">The shared API client.</param>
/// <param name="ClientId">The customer's clientId.</param>
/// <param name="ChatId">The chat id.</param>
public sealed record BotOperationContext(IMessagingClient Client, string ClientId, string ChatId);
