namespace ChatSwarm.Swarm.Transcripts;

/// <summary>How many transcripts a <see cref="TranscriptKeeper"/> keeps. Call <see cref="Validate"/> (the keeper does).</summary>
public sealed record TranscriptKeeperOptions
{
    /// <summary>Transcripts kept of each kind (first failed, slowest); 0 keeps none; default 20 (the profile's <c>transcripts</c>).</summary>
    public int Count { get; init; } = 20;

    /// <summary>Entries kept per transcript (the first ones; a marker entry says how many were dropped); default 2000.</summary>
    public int MaxEntries { get; init; } = 2000;

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the one-line message names it.</exception>
    public TranscriptKeeperOptions Validate()
    {
        if (Count is < 0 or > 1000)
        {
            throw new ArgumentException($"TranscriptKeeperOptions.Count is {Count}; expected 0 to 1000");
        }

        if (MaxEntries < 10)
        {
            throw new ArgumentException($"TranscriptKeeperOptions.MaxEntries is {MaxEntries}; expected at least 10");
        }

        return this;
    }
}
