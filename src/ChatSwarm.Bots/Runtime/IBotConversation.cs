using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Runtime;

/// <summary>
/// One customer's conversation logic: a reactive state machine driven by its host (the swarm's customer actor,
/// or the single-conversation runner of <c>chatswarm bot</c>). The host calls every member from one logical
/// thread at a time, so implementations keep plain mutable state and never block or await.
/// </summary>
public interface IBotConversation
{
    /// <summary>The script's name, used to group metrics.</summary>
    string ScriptName { get; }

    /// <summary>True once the conversation has nothing more to do (it asked the host to finish, or the chat ended).</summary>
    bool IsFinished { get; }

    /// <summary>
    /// Called before Request Chat: the request carrying this customer's data (normalized phone number, parameters).
    /// Deterministic for a given seed and customer index, so a restarted customer sends the same request.
    /// </summary>
    ChatRequest CreateChatRequest();

    /// <summary>
    /// Called once the chat exists. <paramref name="history"/> is null for a new chat; for a resumed session (Request
    /// Chat returned <c>is_new_chat: false</c>, e.g. after a restart) it holds the session's history so far, and the
    /// conversation carries on from what the history shows was done (see bots/README.md, "Resuming"). The host then
    /// passes to <see cref="OnEvents"/> only events that are not in that history: the first polls after a resume may
    /// repeat events that were still pending when the history was read, and the host drops those.
    /// </summary>
    void Start(IBotHost host, ChatSession session, IReadOnlyList<ChatEvent>? history);

    /// <summary>Called with each non-empty batch of server events, in order.</summary>
    void OnEvents(IReadOnlyList<ChatEvent> events);

    /// <summary>Called when a timer started with <see cref="IBotHost.StartTimer"/> fires (cancelled timers never fire).</summary>
    void OnTimer(object key);

    /// <summary>Called when an operation enqueued with <see cref="IBotHost.Enqueue"/> completes, successfully or not.</summary>
    void OnOperationCompleted(BotOperation operation, BotOperationResult result);

    /// <summary>Called when the chat ended from outside the script (server end, failure, inactivity timeout, run stopping).</summary>
    void OnChatEnded(ChatEndReason reason);
}
