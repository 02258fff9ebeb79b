using System.Globalization;
using Akka.Actor;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// The swarm's root: routes each new customer to its group supervisor (created on demand), tracks which customers
/// are alive (newest first, for shrinking a closed-model target) and keeps the live counters in step.
/// </summary>
internal sealed class SwarmRootActor : ReceiveActor
{
    private readonly CustomerFactory _factory;
    private readonly int _customersPerGroup;
    private readonly Dictionary<int, IActorRef> _groups = [];
    private readonly SortedSet<int> _live = [];
    private readonly HashSet<int> _ending = [];

    public SwarmRootActor(CustomerFactory factory, int customersPerGroup)
    {
        _factory = factory;
        _customersPerGroup = customersPerGroup;
        Receive<SpawnCustomer>(OnSpawn);
        Receive<EndNewestCustomers>(OnEndNewest);
        Receive<EndAllCustomers>(OnEndAll);
        Receive<CustomerStopped>(OnCustomerStopped);
        Receive<Terminated>(OnGroupTerminated);
    }

    protected override SupervisorStrategy SupervisorStrategy() => Akka.Actor.SupervisorStrategy.StoppingStrategy;

    private void OnSpawn(SpawnCustomer message)
    {
        _live.Add(message.Index);
        GroupOf(message.Index).Tell(message, Self);
    }

    private void OnEndNewest(EndNewestCustomers message)
    {
        var asked = 0;
        foreach (var index in _live.Reverse())
        {
            if (asked == message.Count)
            {
                break;
            }

            if (_ending.Add(index))
            {
                asked++;
                GroupOf(index).Tell(new EndCustomer(index, message.Reason), Self);
            }
        }

        // The runner counted the whole request as ending up front; give back what could not be asked.
        _factory.Counters.AddEnding(asked - message.Count);
    }

    private void OnEndAll(EndAllCustomers message)
    {
        foreach (var index in _live)
        {
            if (_ending.Add(index))
            {
                _factory.Counters.AddEnding(1);
            }
        }

        foreach (var group in _groups.Values)
        {
            group.Tell(message, Self);
        }
    }

    private void OnCustomerStopped(CustomerStopped message)
    {
        _live.Remove(message.Index);
        _factory.Counters.AddStopped(_ending.Remove(message.Index));
    }

    private void OnGroupTerminated(Terminated message)
    {
        foreach (var (key, group) in _groups)
        {
            if (Equals(group, message.ActorRef))
            {
                _groups.Remove(key);
                break;
            }
        }
    }

    private IActorRef GroupOf(int index)
    {
        var key = index / _customersPerGroup;
        if (!_groups.TryGetValue(key, out var group))
        {
            var random = _factory.CreateRandom(key);
            group = Context.ActorOf(Props.Create(() => new CustomerGroupActor(_factory, random)), "group-" + key.ToString(CultureInfo.InvariantCulture));
            Context.Watch(group);
            _groups[key] = group;
        }

        return group;
    }
}
