using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Running;

/// <summary>
/// Runs one <see cref="IBotConversation"/> against an <see cref="IMessagingClient"/> without actors (for
/// <c>chatswarm bot</c> and tests): Request Chat, one long poll at a time, enqueued operations one at a time in order
/// beside the poll, timers on the <see cref="TimeProvider"/>, and every conversation callback serialized on one loop.
/// Holds no bot logic: the swarm runs the same conversations in its actors.
/// </summary>
public sealed class ConversationRunner
{
    private readonly IMessagingClient _client;
    private readonly ConversationRunnerOptions _options;

    /// <summary>Creates a runner. Throws <see cref="ArgumentException"/> with a one-line message when <paramref name="options"/> is invalid.</summary>
    /// <param name="client">The API client.</param>
    /// <param name="options">The settings.</param>
    public ConversationRunner(IMessagingClient client, ConversationRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _options = options;
    }

    /// <summary>Runs <paramref name="conversation"/> to its end (or the max duration, or cancellation, which end the chat).</summary>
    /// <param name="conversation">A fresh conversation.</param>
    /// <param name="cancellationToken">Stops the run early; the chat is still ended cleanly.</param>
    /// <returns>The result.</returns>
    public async Task<ConversationRunResult> RunAsync(IBotConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var run = new ConversationRun(_client, _options, conversation);
        return await run.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
