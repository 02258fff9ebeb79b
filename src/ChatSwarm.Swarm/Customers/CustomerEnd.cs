namespace ChatSwarm.Swarm.Customers;

/// <summary>How a customer's life ended, as its group supervisor accounts for it.</summary>
public enum CustomerEnd
{
    /// <summary>Still running (or stopped before it decided, e.g. the run stopped at once).</summary>
    None,

    /// <summary>The chat ran to its end: the script finished it, or the agent or server ended it.</summary>
    Completed,

    /// <summary>The run ended the chat before the script did: ramp-down, grace period, a stop signal, max session duration.</summary>
    EndedByRun,

    /// <summary>The server lost the chat (5005): the customer could not finish it.</summary>
    Lost,

    /// <summary>The chat failed: a permanent error, the session was lost, or the restart budget ran out.</summary>
    Failed,

    /// <summary>Check Availability said the launch point is closed; no chat was requested.</summary>
    Unavailable,

    /// <summary>The customer was asked to end before its chat existed.</summary>
    Cancelled,
}
