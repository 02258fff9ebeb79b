namespace ChatSwarm.Swarm.Profiles;

/// <summary>How the embedded simulator is started when the profile has no target; the defaults match the simulator's own.</summary>
public sealed record EmbeddedSimulatorSettings
{
    /// <summary>Simulated agents; default 50.</summary>
    public int Agents { get; init; } = 50;

    /// <summary>Chats each agent handles at once; default 3.</summary>
    public int ChatsPerAgent { get; init; } = 3;

    /// <summary>How long the simulator holds an empty long poll; default 10 s.</summary>
    public TimeSpan PollHold { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Agent think time before each reply, uniform between the bounds; default 1 s to 4 s.</summary>
    public DurationRange AgentThinkTime { get; init; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));

    /// <summary>Customer messages an agent answers before ending the chat (0 = agents never end chats); default 5.</summary>
    public int ExchangesPerChat { get; init; } = 5;

    /// <summary>Absolute path of the simulator fault-plan YAML (written relative to the profile); null injects no faults; default null.</summary>
    public string? FaultsFile { get; init; }

    /// <summary>Simulator seed; null uses the run seed (or the simulator default when that is unset too); default null.</summary>
    public int? Seed { get; init; }
}
