using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>Everything one customer actor needs; the same instance is handed to every incarnation.</summary>
/// <param name="Journal">The customer's state that survives restarts.</param>
/// <param name="Client">The shared client, already metered.</param>
/// <param name="Metrics">The run's metrics.</param>
/// <param name="TimeProvider">The run's clock.</param>
/// <param name="Options">Lifecycle options of the run.</param>
/// <param name="CreateConversation">Builds a fresh conversation for each incarnation (deterministic per customer).</param>
internal sealed record CustomerSetup(
    CustomerJournal Journal,
    IMessagingClient Client,
    SwarmMetrics Metrics,
    TimeProvider TimeProvider,
    CustomerOptions Options,
    Func<IBotConversation> CreateConversation);
