namespace ChatSwarm.Bots.Conversations;

/// <summary>Timer key that runs an action when it fires (delayed replies, form answers, receipts). Reference equality keeps each unique.</summary>
internal sealed class DelayedAction(Action<ScriptConversation> run)
{
    public void Run(ScriptConversation conversation) => run(conversation);
}
