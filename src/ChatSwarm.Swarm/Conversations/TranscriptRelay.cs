using ChatSwarm.Bots.Runtime;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Conversations;

/// <summary>Passes a conversation's transcript lines on as they happen and keeps the failures among them for the result.</summary>
internal sealed class TranscriptRelay(Action<TranscriptEntry>? forward) : ITranscriptSink
{
    private readonly List<string> _errors = [];

    /// <summary>The text of every error and failed expectation, in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public void Write(CustomerJournal journal, TranscriptEntry entry)
    {
        if (entry.Kind is "error" or "expect_failed")
        {
            lock (_errors)
            {
                _errors.Add(entry.Text);
            }
        }

        forward?.Invoke(entry);
    }

    public void Finished(CustomerJournal journal)
    {
        // The runner reads the journal itself once the customer is gone.
    }
}
