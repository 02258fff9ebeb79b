using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Swarm.Customers;

/// <summary>Receives the transcript lines of customers' conversations, on the customer's actor (one call at a time per customer).</summary>
public interface ITranscriptSink
{
    /// <summary>One transcript line of customer <paramref name="customer"/>.</summary>
    /// <param name="customer">The customer's index in the run.</param>
    /// <param name="clientId">The customer's client id.</param>
    /// <param name="entry">The line.</param>
    void Write(int customer, string clientId, TranscriptEntry entry);
}
