namespace ChatSwarm.Reports.Model;

/// <summary>What a chat customer experienced, as distributions in milliseconds.</summary>
public sealed record ChatStats
{
    /// <summary>Time from chat request to an agent joining; default empty.</summary>
    public LatencyStats QueueWaitMs { get; init; } = new();

    /// <summary>Time from chat request to the first agent message; default empty.</summary>
    public LatencyStats FirstAgentMessageMs { get; init; } = new();

    /// <summary>Time from a customer message to the agent's reply; default empty.</summary>
    public LatencyStats ReplyRttMs { get; init; } = new();

    /// <summary>Serialized histograms behind the three summaries so shards merge exactly; default empty.</summary>
    public ChatHistograms Histograms { get; init; } = new();

    /// <summary>Builds chat statistics whose summaries derive from the given histograms.</summary>
    public static ChatStats Create(Histograms.HistogramSnapshot queueWait, Histograms.HistogramSnapshot firstAgentMessage, Histograms.HistogramSnapshot replyRtt)
    {
        ArgumentNullException.ThrowIfNull(queueWait);
        ArgumentNullException.ThrowIfNull(firstAgentMessage);
        ArgumentNullException.ThrowIfNull(replyRtt);
        return new ChatStats
        {
            QueueWaitMs = LatencyStats.From(queueWait),
            FirstAgentMessageMs = LatencyStats.From(firstAgentMessage),
            ReplyRttMs = LatencyStats.From(replyRtt),
            Histograms = new ChatHistograms
            {
                QueueWait = queueWait.ToData(),
                FirstAgentMessage = firstAgentMessage.ToData(),
                ReplyRtt = replyRtt.ToData(),
            },
        };
    }
}
