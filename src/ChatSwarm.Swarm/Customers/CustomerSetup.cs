using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Customers;

/// <summary>What every customer of a run shares (one instance per run, so one <c>Props</c> serves every customer).</summary>
/// <param name="Client">The shared client; the actor records its own calls (availability, chat, history, polls) in the metrics itself, saving a wrapper per poll.</param>
/// <param name="OperationClient">The client bot operations use, metered so their calls are counted like the actor's.</param>
/// <param name="Metrics">The run's metrics.</param>
/// <param name="TimeProvider">The run's clock.</param>
/// <param name="Options">Lifecycle options of the run.</param>
/// <param name="ConversationFor">Builds a fresh conversation for customer <c>index</c>, for each incarnation (deterministic per customer).</param>
/// <param name="Transcripts">Where conversations' transcript lines go; null keeps none (a load run's default).</param>
internal sealed record CustomerSetup(
    IMessagingClient Client,
    IMessagingClient OperationClient,
    SwarmMetrics Metrics,
    TimeProvider TimeProvider,
    CustomerOptions Options,
    Func<int, IBotConversation> ConversationFor,
    ITranscriptSink? Transcripts);
