using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>Everything one customer actor needs; the same instance is handed to every incarnation.</summary>
/// <param name="Journal">The customer's state that survives restarts.</param>
/// <param name="Client">The shared client; the actor records its own calls (availability, chat, history, polls) in the metrics itself, saving a wrapper per poll.</param>
/// <param name="OperationClient">The client bot operations use, metered so their calls are counted like the actor's.</param>
/// <param name="Metrics">The run's metrics.</param>
/// <param name="TimeProvider">The run's clock.</param>
/// <param name="Options">Lifecycle options of the run.</param>
/// <param name="CreateConversation">Builds a fresh conversation for each incarnation (deterministic per customer).</param>
internal sealed record CustomerSetup(
    CustomerJournal Journal,
    IMessagingClient Client,
    IMessagingClient OperationClient,
    SwarmMetrics Metrics,
    TimeProvider TimeProvider,
    CustomerOptions Options,
    Func<IBotConversation> CreateConversation);
