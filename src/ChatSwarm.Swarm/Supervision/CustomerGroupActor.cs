using ChatSwarm.Actors;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// Supervises one group of customers (<c>CustomersPerSupervisor</c> of them), so no single parent holds the whole
/// swarm. Each customer lives under its own backoff supervisor; the group watches those and accounts for each
/// customer once it is gone.
/// </summary>
internal sealed class CustomerGroupActor : ReceiveActor
{
    private readonly CustomerFactory _factory;
    private readonly Dictionary<IActorRef, CustomerJournal> _journals = [];
    private readonly Dictionary<int, IActorRef> _customers = [];

    public CustomerGroupActor(CustomerFactory factory)
    {
        _factory = factory;
        Receive<SpawnCustomer>(OnSpawn);
        Receive<EndCustomer>(OnEndCustomer);
        Receive<EndAllCustomers>(OnEndAll);
        Receive<Terminated>(OnTerminated);
    }

    /// <summary>Customers themselves are supervised by their backoff supervisors; a failing backoff supervisor is a defect and stops.</summary>
    protected override SupervisorStrategy SupervisorStrategy() => Actors.SupervisorStrategy.StoppingStrategy;

    private void OnSpawn(SpawnCustomer message)
    {
        var journal = _factory.CreateJournal(message.Index);
        var customer = Context.ActorOf(_factory.CreateProps(journal), "c" + message.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Context.Watch(customer);
        _journals[customer] = journal;
        _customers[message.Index] = customer;
    }

    private void OnEndCustomer(EndCustomer message)
    {
        if (_customers.TryGetValue(message.Index, out var customer))
        {
            End(customer, message.Reason);
        }
    }

    private void OnEndAll(EndAllCustomers message)
    {
        foreach (var customer in _customers.Values)
        {
            End(customer, message.Reason);
        }
    }

    private void End(IActorRef customer, string reason)
    {
        // Set first: a customer waiting out its backoff sees the flag when it comes back and closes its chat.
        _journals[customer].EndRequested = true;
        customer.Tell(new EndChat(reason), Self);
    }

    private void OnTerminated(Terminated message)
    {
        if (!_journals.Remove(message.ActorRef, out var journal))
        {
            return;
        }

        _customers.Remove(journal.Index);
        _factory.Account(journal);
        Context.Parent.Tell(new CustomerStopped(journal.Index), Self);
    }
}
