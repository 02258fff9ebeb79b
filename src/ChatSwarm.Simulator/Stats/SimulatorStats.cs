namespace ChatSwarm.Simulator;

/// <summary>A snapshot of the simulator's activity, the same data GET /simulator/stats returns in snake_case.</summary>
public sealed record SimulatorStats
{
    /// <summary>Sessions held right now by chat state (ivr, queued, connecting, connected, completed, failed).</summary>
    public required IReadOnlyDictionary<string, int> SessionsByState { get; init; }

    /// <summary>Sessions created since start.</summary>
    public required long SessionsCreated { get; init; }

    /// <summary>Chats waiting in the queue for an agent.</summary>
    public required int QueueLength { get; init; }

    /// <summary>Get New Chat Events requests answered 200.</summary>
    public required long PollsServed { get; init; }

    /// <summary>Get New Chat Events requests answered 5509 because another poll for the chat was held.</summary>
    public required long ConcurrentPollViolations { get; init; }

    /// <summary>Injected faults by code ("5000", "5001", "5004", "5500", "503", "429", "drop", "latency").</summary>
    public required IReadOnlyDictionary<string, long> FaultsInjected { get; init; }

    /// <summary>chat_session_message events sent by clients.</summary>
    public required long MessagesFromClients { get; init; }

    /// <summary>chat_session_message events sent by agents.</summary>
    public required long MessagesFromAgents { get; init; }

    /// <summary>Files uploaded by clients.</summary>
    public required long FilesUploaded { get; init; }

    /// <summary>Files sent by agents.</summary>
    public required long FilesFromAgents { get; init; }

    /// <summary>Messaging API requests received.</summary>
    public required long Requests { get; init; }
}
