using System.Globalization;
using Akka.Actor;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// Supervises one group of customers (<c>CustomersPerSupervisor</c> of them), so no single parent holds the whole
/// swarm. Each customer is one actor; when an incarnation fails transiently the group stops it and starts the next one
/// after the backoff delay (<see cref="CustomerBackoff"/>) on its own timers, and it accounts for each customer once
/// the customer is gone for good.
/// </summary>
internal sealed class CustomerGroupActor : ReceiveActor, IWithTimers
{
    private static readonly CustomerFailureStrategy Strategy = new();

    private readonly CustomerFactory _factory;
    private readonly Random _random;
    private readonly Dictionary<int, CustomerJournal> _journals = [];
    private readonly Dictionary<int, IActorRef> _running = [];
    private readonly Dictionary<IActorRef, CustomerJournal> _byActor = [];

    public CustomerGroupActor(CustomerFactory factory, Random random)
    {
        _factory = factory;
        _random = random;
        Receive<SpawnCustomer>(message => OnSpawn(message.Index));
        Receive<EndCustomer>(message => End(message.Index, message.Reason));
        Receive<EndAllCustomers>(OnEndAll);
        Receive<RestartCustomer>(message => OnRestart(message.Index));
        Receive<Terminated>(OnTerminated);
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    protected override SupervisorStrategy SupervisorStrategy() => Strategy;

    private void OnSpawn(int index)
    {
        var journal = _factory.CreateJournal(index);
        _journals[index] = journal;
        Start(journal);
    }

    private void Start(CustomerJournal journal)
    {
        var customer = Context.ActorOf(_factory.CustomerProps, "c" + journal.Index.ToString(CultureInfo.InvariantCulture));
        Context.Watch(customer);
        _running[journal.Index] = customer;
        _byActor[customer] = journal;
        customer.Tell(new CustomerActor.Begin(journal), Self);
    }

    private void OnEndAll(EndAllCustomers message)
    {
        foreach (var index in _journals.Keys.ToArray())
        {
            End(index, message.Reason);
        }
    }

    private void End(int index, string reason)
    {
        if (!_journals.TryGetValue(index, out var journal))
        {
            return;
        }

        journal.EndRequested = true;
        if (_running.TryGetValue(index, out var customer))
        {
            customer.Tell(new EndChat(reason), Self);
        }
        else
        {
            // Waiting out its backoff: start it now, so it closes its chat within the grace period instead of after the delay.
            Timers.Cancel(index);
            Start(journal);
        }
    }

    private void OnRestart(int index)
    {
        if (_journals.TryGetValue(index, out var journal) && !_running.ContainsKey(index))
        {
            Start(journal);
        }
    }

    private void OnTerminated(Terminated message)
    {
        if (!_byActor.Remove(message.ActorRef, out var journal))
        {
            return;
        }

        _running.Remove(journal.Index);
        if (journal.RestartWanted && journal.End == CustomerEnd.None && TryScheduleRestart(journal))
        {
            return;
        }

        _journals.Remove(journal.Index);
        _factory.Account(journal);
        Context.Parent.Tell(new CustomerStopped(journal.Index, journal), Self);
    }

    private bool TryScheduleRestart(CustomerJournal journal)
    {
        journal.RestartWanted = false;
        var ranFor = _factory.Clock.GetElapsedTime(journal.IncarnationStartedAt);
        var streak = CustomerBackoff.StreakAfter(journal.RestartStreak, ranFor);
        if (CustomerBackoff.Decide(_factory.Backoff, streak, _random.NextDouble()) is not { } delay)
        {
            return false;
        }

        journal.RestartStreak = streak + 1;
        _factory.Metrics.BackoffScheduled(delay);
        if (journal.EndRequested)
        {
            Start(journal);
        }
        else
        {
            Timers.StartSingleTimer(journal.Index, new RestartCustomer(journal.Index), delay);
        }

        return true;
    }
}
