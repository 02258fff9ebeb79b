using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Transcripts;

/// <summary>How many transcripts a <see cref="TranscriptKeeper"/> keeps. Checked once by the keeper (<see cref="Validate"/>).</summary>
public sealed record TranscriptKeeperOptions : IValidatableOptions
{
    /// <summary>Transcripts kept of each kind (first failed, slowest); 0 keeps none; default 20 (the profile's <c>transcripts</c>).</summary>
    public int Count { get; init; } = 20;

    /// <summary>Entries kept per transcript (the first ones; a marker entry says how many were dropped); default 2000.</summary>
    public int MaxEntries { get; init; } = 2000;

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="TranscriptKeeper"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Count is < 0 or > 1000) yield return $"Count is {Count}; expected 0 to 1000";
        if (MaxEntries < 10) yield return $"MaxEntries is {MaxEntries}; expected at least 10";
    }
}
