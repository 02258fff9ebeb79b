namespace ChatSwarm.Simulator.Sessions;

/// <summary>Chat session states as announced by chat_session_status.</summary>
internal enum ChatState
{
    Ivr,
    Queued,
    Connecting,
    Connected,
    Completed,
    Failed,
}

/// <summary>Wire names of <see cref="ChatState"/>.</summary>
internal static class ChatStateNames
{
    public static readonly string[] All = ["ivr", "queued", "connecting", "connected", "completed", "failed"];

    public static string Wire(this ChatState state) => All[(int)state];
}
