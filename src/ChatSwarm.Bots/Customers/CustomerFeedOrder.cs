namespace ChatSwarm.Bots.Customers;

/// <summary>How customers take rows from a data feed.</summary>
public enum CustomerFeedOrder
{
    /// <summary>Customer i takes row i modulo the row count, so every row is used before any repeats.</summary>
    RoundRobin,

    /// <summary>Each customer takes a row drawn from the run seed and its index (repeatable for a seed).</summary>
    Random,
}
