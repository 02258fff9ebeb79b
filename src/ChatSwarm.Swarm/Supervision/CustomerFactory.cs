using ChatSwarm.Actors;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// Builds customers for the group supervisors: each gets a journal, its actor's props wrapped in a backoff
/// supervisor, and, once gone, is accounted for exactly once in the metrics and the live counters.
/// </summary>
internal sealed class CustomerFactory
{
    /// <summary>A healthy run this long resets the customer's backoff and retry budget, so rare faults spread over a long chat never exhaust it.</summary>
    internal static readonly TimeSpan AutoResetAfter = TimeSpan.FromSeconds(10);

    private readonly string _runId;
    private readonly IMessagingClient _client;
    private readonly IMessagingClient _operationClient;
    private readonly OneForOneStrategy _strategy = new(Decide);
    private readonly SwarmMetrics _metrics;
    private readonly TimeProvider _clock;
    private readonly CustomerOptions _options;
    private readonly BackoffSettings _backoff;
    private readonly Func<int, IBotConversation> _conversationFor;

    public CustomerFactory(
        string runId,
        IMessagingClient client,
        SwarmMetrics metrics,
        TimeProvider clock,
        CustomerOptions options,
        BackoffSettings backoff,
        Func<int, IBotConversation> conversationFor,
        SwarmCounters counters)
    {
        _runId = runId;
        _client = client;
        _operationClient = new MeteredMessagingClient(client, metrics);
        _metrics = metrics;
        _clock = clock;
        _options = options;
        _backoff = backoff;
        _conversationFor = conversationFor;
        Counters = counters;
    }

    public SwarmCounters Counters { get; }

    public CustomerJournal CreateJournal(int index) => new(index, ClientIds.For(_runId, index));

    /// <summary>The per-customer backoff supervisor's props: transient failures restart with backoff, anything else stops.</summary>
    public Props CreateProps(CustomerJournal journal)
    {
        var setup = new CustomerSetup(journal, _client, _operationClient, _metrics, _clock, _options, () => _conversationFor(journal.Index));
        var customer = Props.Create(() => new CustomerActor(setup));
        return BackoffSupervisor.Props(
            Backoff.OnFailure(customer, "customer", _backoff.Min, _backoff.Max, _backoff.RandomFactor, _backoff.MaxRetries)
                .WithAutoReset(AutoResetAfter)
                .WithSupervisorStrategy(_strategy));
    }

    /// <summary>Only transient API failures are worth a restart; defects and everything else stop the customer.</summary>
    internal static Directive Decide(Exception exception) =>
        exception is TransientApiException ? Directive.Restart : Directive.Stop;

    /// <summary>Records how the customer ended, once, after its supervisor has terminated.</summary>
    public void Account(CustomerJournal journal)
    {
        journal.MarkStoppedUndecided();
        switch (journal.End)
        {
            case CustomerEnd.Completed:
                _metrics.SessionCompleted();
                Counters.AddCompleted();
                break;
            case CustomerEnd.Failed:
                _metrics.SessionFailed(journal.FailureCode);
                Counters.AddFailed(journal.FailureCode, journal.FailedPermanently);
                break;
        }

        if (journal.StartCounted)
        {
            _metrics.SessionStopped();
        }
    }
}
