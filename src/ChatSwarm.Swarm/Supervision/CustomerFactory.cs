using ChatSwarm.Swarm.Hosting;
using Akka.Actor;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// What the groups need to run customers: one shared <see cref="Props"/> for every customer of the run, a journal per
/// customer, the backoff settings, and the accounting of each customer, once, after it is gone.
/// </summary>
internal sealed class CustomerFactory
{
    private readonly Func<int, string> _clientIdFor;
    private readonly int _seed;
    private readonly ITranscriptSink? _transcripts;

    /// <summary>Creates the factory of a load run: customer k's client id is <see cref="ClientIds.For"/>(<paramref name="runId"/>, k).</summary>
    public CustomerFactory(
        string runId,
        int seed,
        IMessagingClient client,
        SwarmMetrics metrics,
        TimeProvider clock,
        CustomerOptions options,
        BackoffSettings backoff,
        Func<int, IBotConversation> conversationFor,
        SwarmCounters counters,
        ITranscriptSink? transcripts = null)
        : this(index => ClientIds.For(runId, index), seed, client, metrics, clock, options, backoff, conversationFor, counters, transcripts)
    {
    }

    /// <summary>Creates a factory whose customers take their client ids from <paramref name="clientIdFor"/>.</summary>
    public CustomerFactory(
        Func<int, string> clientIdFor,
        int seed,
        IMessagingClient client,
        SwarmMetrics metrics,
        TimeProvider clock,
        CustomerOptions options,
        BackoffSettings backoff,
        Func<int, IBotConversation> conversationFor,
        SwarmCounters counters,
        ITranscriptSink? transcripts = null)
    {
        _clientIdFor = clientIdFor;
        _seed = seed;
        Metrics = metrics;
        Clock = clock;
        Backoff = backoff;
        Counters = counters;
        _transcripts = transcripts;
        var setup = new CustomerSetup(client, new MeteredMessagingClient(client, metrics), metrics, clock, options, conversationFor, transcripts);
        CustomerProps = Props.Create(() => new CustomerActor(setup)).WithMailbox(SwarmActorSystem.CustomerMailbox);
    }

    /// <summary>The live counters the run loop reads.</summary>
    public SwarmCounters Counters { get; }

    /// <summary>The run's metrics.</summary>
    public SwarmMetrics Metrics { get; }

    /// <summary>The run's clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>How failed customers back off.</summary>
    public BackoffSettings Backoff { get; }

    /// <summary>The props of every customer of the run (the journal comes in the first message).</summary>
    public Props CustomerProps { get; }

    public CustomerJournal CreateJournal(int index) => new(index, _clientIdFor(index));

    /// <summary>The jitter source of group <paramref name="group"/>: seeded, so a run's restart delays repeat with its seed.</summary>
    public Random CreateRandom(int group) => new(HashCode.Combine(_seed, group));

    /// <summary>Records how the customer ended, once, after its last incarnation has terminated.</summary>
    public void Account(CustomerJournal journal)
    {
        journal.MarkStoppedUndecided();
        switch (journal.End)
        {
            case CustomerEnd.Completed:
                Metrics.SessionCompleted();
                Counters.AddCompleted();
                break;
            case CustomerEnd.Failed:
                Metrics.SessionFailed(journal.FailureCode);
                Counters.AddFailed(journal.FailureCode, journal.FailedPermanently);
                break;
            case CustomerEnd.EndedByRun:
                Metrics.SessionEndedByRun();
                break;
            case CustomerEnd.Lost:
                Metrics.SessionLost();
                break;
        }

        if (journal.StartCounted)
        {
            Metrics.SessionStopped();
        }

        _transcripts?.Finished(journal);
    }
}
