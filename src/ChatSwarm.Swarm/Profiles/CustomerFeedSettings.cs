using ChatSwarm.Bots.Customers;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>The profile's <c>customers</c> section: a CSV of customer rows that replace generated customer data.</summary>
/// <param name="Path">Full path of the CSV file (relative paths resolve against the profile's folder).</param>
/// <param name="Order">How customers take rows: round_robin (default) or random.</param>
public sealed record CustomerFeedSettings(string Path, CustomerFeedOrder Order = CustomerFeedOrder.RoundRobin);
