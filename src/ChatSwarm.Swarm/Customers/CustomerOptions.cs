namespace ChatSwarm.Swarm.Customers;

/// <summary>What every customer of a run does around its conversation. Validated by <see cref="Validate"/>.</summary>
public sealed record CustomerOptions
{
    /// <summary>Whether to call Check Availability before Request Chat (a closed launch point ends the customer). Default false.</summary>
    public bool CheckAvailability { get; init; }

    /// <summary>Whether to fetch the case history after the chat ends, when the scenario set a case. Default false.</summary>
    public bool CaseHistoryAtEnd { get; init; }

    /// <summary>Whether to close the case after the chat ends, when the scenario set a case. Default false.</summary>
    public bool CloseCaseAtEnd { get; init; }

    /// <summary>Longest a chat may last before the customer ends it with chat_session_end; null for no limit. Default null.</summary>
    public TimeSpan? MaxSessionDuration { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid setting.</summary>
    public void Validate()
    {
        if (MaxSessionDuration is { } max && max <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxSessionDuration: expected a positive duration, got {max}.");
        }
    }
}
