using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>Starts customer <paramref name="Index"/> (the root routes it to its group).</summary>
internal sealed record SpawnCustomer(int Index);

/// <summary>Asks the <paramref name="Count"/> newest live customers that are not already ending to end their chats.</summary>
internal sealed record EndNewestCustomers(int Count, string Reason);

/// <summary>Asks every live customer to end its chat.</summary>
internal sealed record EndAllCustomers(string Reason);

/// <summary>Asks one customer (by index) to end its chat.</summary>
internal sealed record EndCustomer(int Index, string Reason);

/// <summary>A group's timer: customer <paramref name="Index"/> has waited out its backoff and starts its next incarnation.</summary>
internal sealed record RestartCustomer(int Index);

/// <summary>A group's report to the root that customer <paramref name="Index"/> has stopped for good and been accounted for.</summary>
/// <param name="Index">The customer's index.</param>
/// <param name="Journal">What the customer did, final.</param>
internal sealed record CustomerStopped(int Index, CustomerJournal Journal);
