namespace ChatSwarm.Reports.Model;

/// <summary>A kept conversation transcript, written beside the report and linked from it.</summary>
public sealed record TranscriptLink
{
    /// <summary>Why it was kept: "failed" (one of the first failed conversations) or "slowest".</summary>
    public string Kind { get; init; } = "";

    /// <summary>The transcript file, relative to the report's folder (forward slashes), e.g. transcripts/failed-01.json.</summary>
    public string File { get; init; } = "";

    /// <summary>The bot script's name.</summary>
    public string Script { get; init; } = "";

    /// <summary>The chat id, or empty when no chat was created.</summary>
    public string ChatId { get; init; } = "";

    /// <summary>How long the conversation ran, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>Whether it succeeded.</summary>
    public bool Succeeded { get; init; }

    /// <summary>Why it ended (or its first failure).</summary>
    public string Reason { get; init; } = "";
}
