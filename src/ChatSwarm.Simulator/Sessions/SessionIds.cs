namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// Ids the session hands out, unique within the chat and readable in a transcript: server messages
/// (<c>chat:1</c>), client messages sent without a msg_id (<c>chat:c1</c>) and form requests (<c>chat:form1</c>).
/// Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class SessionIds
{
    private readonly string _chatId;
    private int _serverMessages;
    private int _clientMessages;
    private int _forms;

    public SessionIds(string chatId)
    {
        _chatId = chatId;
    }

    public string NextServerMessage() => $"{_chatId}:{++_serverMessages}";

    public string NextClientMessage() => $"{_chatId}:c{++_clientMessages}";

    public string NextFormRequest() => $"{_chatId}:form{++_forms}";
}
