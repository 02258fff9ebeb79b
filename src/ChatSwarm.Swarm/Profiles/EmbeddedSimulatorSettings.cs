using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>How the embedded simulator is started when the profile has no target; the defaults match the simulator's own.</summary>
public sealed record EmbeddedSimulatorSettings : IValidatableOptions
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

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; checked as part of <see cref="LoadProfile"/>.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid("", FindProblems());

    /// <summary>Every problem, one line each naming the profile field (simulator.agents, ...); empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IEnumerable<string> FindProblems()
    {
        if (Agents < 0) yield return $"simulator.agents must be 0 or more, got {Agents}";
        if (ChatsPerAgent < 1) yield return $"simulator.chats_per_agent must be at least 1, got {ChatsPerAgent}";
        if (PollHold <= TimeSpan.Zero || PollHold > TimeSpan.FromMinutes(5)) yield return "simulator.poll_hold must be between 1ms and 5m";
        if (AgentThinkTime is null) yield return "simulator.agent_think_time must be set";
        else if (AgentThinkTime.Min < TimeSpan.Zero || AgentThinkTime.Max < AgentThinkTime.Min) yield return "simulator.agent_think_time needs 0 <= min <= max";
        if (ExchangesPerChat < 0) yield return $"simulator.exchanges_per_chat must be 0 or more, got {ExchangesPerChat}";
    }

    /// <summary>Simulator seed; null uses the run seed (or the simulator default when that is unset too); default null.</summary>
    public int? Seed { get; init; }
}
