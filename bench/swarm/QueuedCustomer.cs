using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bench.Swarm;

/// <summary>A customer waiting in the queue: it starts its chat and only polls, like every floor session.</summary>
public sealed class QueuedCustomer : IBotConversation
{
    public string ScriptName => "queued";

    public bool IsFinished { get; private set; }

    public ChatRequest CreateChatRequest() => new();

    public void Start(IBotHost host, ChatSession session, IReadOnlyList<ChatEvent>? history)
    {
    }

    public void OnEvents(IReadOnlyList<ChatEvent> events)
    {
    }

    public void OnTimer(object key)
    {
    }

    public void OnOperationCompleted(BotOperation operation, BotOperationResult result)
    {
    }

    public void OnChatEnded(ChatEndReason reason) => IsFinished = true;
}
