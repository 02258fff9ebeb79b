using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Model;

/// <summary>The histograms behind <see cref="ChatStats"/>.</summary>
public sealed record ChatHistograms
{
    /// <summary>Queue wait histogram; default empty.</summary>
    public HistogramData QueueWait { get; init; } = new();

    /// <summary>First agent message histogram; default empty.</summary>
    public HistogramData FirstAgentMessage { get; init; } = new();

    /// <summary>Reply round-trip histogram; default empty.</summary>
    public HistogramData ReplyRtt { get; init; } = new();
}
