using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Swarm.Customers;

/// <summary>Receives customers' transcript lines (on the customer's actor, one call at a time per customer) and their end.</summary>
internal interface ITranscriptSink
{
    /// <summary>One transcript line of the customer <paramref name="journal"/> belongs to.</summary>
    void Write(CustomerJournal journal, TranscriptEntry entry);

    /// <summary>The customer is gone for good (called by its group once, after accounting for it).</summary>
    void Finished(CustomerJournal journal);
}
