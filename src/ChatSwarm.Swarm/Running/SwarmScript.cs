using ChatSwarm.Bots.Runtime;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Swarm.Running;

/// <summary>One entry of the session mix: a named conversation source and its weight.</summary>
/// <param name="Name">The script's name (groups bot metrics).</param>
/// <param name="Weight">Relative weight in the mix; must be positive.</param>
/// <param name="CreateConversation">Builds the conversation of one customer; called again (with the same request) when the customer restarts.</param>
public sealed record SwarmScript(string Name, double Weight, Func<SwarmConversationRequest, IBotConversation> CreateConversation);

/// <summary>What a conversation is built from: deterministic per run seed and customer index.</summary>
/// <param name="CustomerIndex">The customer's index in the run, from 0.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="TimeProvider">The run's clock.</param>
/// <param name="ThinkTime">The profile's default think time.</param>
public sealed record SwarmConversationRequest(int CustomerIndex, int Seed, TimeProvider TimeProvider, DelayDistribution ThinkTime);
