namespace ChatSwarm.Simulator;

/// <summary>The raw option values of <c>chatswarm simulate</c>; null means the option was not given.</summary>
/// <param name="Urls">--urls: listen URLs separated by ';' or ','; default http://127.0.0.1:8080.</param>
/// <param name="Agents">--agents: number of agents.</param>
/// <param name="ChatsPerAgent">--chats-per-agent: chats per agent.</param>
/// <param name="PollHold">--poll-hold: a duration such as 10s or 500ms.</param>
/// <param name="Faults">--faults: a fault plan YAML file.</param>
/// <param name="Seed">--seed: an integer seed.</param>
public sealed record SimulateArguments(string? Urls, string? Agents, string? ChatsPerAgent, string? PollHold, string? Faults, string? Seed);
