using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Customers;

/// <summary>What every customer of a run does around its conversation. Validated by <see cref="Validate"/>.</summary>
public sealed record CustomerOptions : IValidatableOptions
{
    /// <summary>Whether to call Check Availability before Request Chat (a closed launch point ends the customer). Default false.</summary>
    public bool CheckAvailability { get; init; }

    /// <summary>Whether to fetch the case history after the chat ends, when the scenario set a case. Default false.</summary>
    public bool CaseHistoryAtEnd { get; init; }

    /// <summary>Whether to close the case after the chat ends, when the scenario set a case. Default false.</summary>
    public bool CloseCaseAtEnd { get; init; }

    /// <summary>Longest a chat may last before the customer ends it with chat_session_end; null for no limit. Default null.</summary>
    public TimeSpan? MaxSessionDuration { get; init; }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; the run calls it once when it builds them.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (MaxSessionDuration is { } max && max <= TimeSpan.Zero) yield return $"MaxSessionDuration: expected a positive duration, got {max}";
    }
}
