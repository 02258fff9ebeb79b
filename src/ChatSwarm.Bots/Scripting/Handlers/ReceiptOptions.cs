using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary>Automatic receipts for agent messages: delivered soon after arrival, read once the customer has looked.</summary>
/// <param name="Delivered">Send chat_session_message_delivered.</param>
/// <param name="Read">Send chat_session_message_read.</param>
/// <param name="DeliveredDelay">Delay after arrival before delivered.</param>
/// <param name="ReadDelay">Delay after arrival before read.</param>
internal sealed record ReceiptOptions(bool Delivered, bool Read, DelayDistribution DeliveredDelay, DelayDistribution ReadDelay)
{
    /// <summary>The default: both receipts, delivered after 100–500 ms, read after 1–4 s, like a phone in a hand.</summary>
    public static ReceiptOptions Default { get; } = new(
        true,
        true,
        DelayDistribution.Uniform(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500)),
        DelayDistribution.Uniform(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)));
}
