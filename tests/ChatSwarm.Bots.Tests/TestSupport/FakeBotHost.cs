using ChatSwarm.Testing;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Tests.TestSupport;

/// <summary>Records what a conversation asks of its host; tests fire timers and complete operations by hand.</summary>
internal sealed class FakeBotHost : IBotHost
{
    public FakeBotHost(TimeProvider? time = null) => TimeProvider = time ?? TestClock.Create();

    public string ClientId => "client-1";

    public string ChatId => "chat-1";

    public TimeProvider TimeProvider { get; }

    public List<BotOperation> Operations { get; } = [];

    public Dictionary<object, TimeSpan> Timers { get; } = [];

    public Dictionary<BotCounter, long> Counters { get; } = [];

    public List<TranscriptEntry> Lines { get; } = [];

    public BotOutcome? Outcome { get; private set; }

    public bool IsTranscriptEnabled { get; set; } = true;

    public void Enqueue(BotOperation operation) => Operations.Add(operation);

    public void StartTimer(object key, TimeSpan delay) => Timers[key] = delay;

    public void CancelTimer(object key) => Timers.Remove(key);

    public void Finish(BotOutcome outcome) => Outcome ??= outcome;

    public void Count(BotCounter counter, long count = 1) => Counters[counter] = Counters.GetValueOrDefault(counter) + count;

    public void Transcript(TranscriptEntry entry) => Lines.Add(entry);

    public long Counter(BotCounter counter) => Counters.GetValueOrDefault(counter);

    /// <summary>Events sent so far, in order, across all send operations.</summary>
    public IEnumerable<ChatEvent> Sent => Operations.OfType<SendEventsOperation>().SelectMany(o => o.Events);

    /// <summary>Fires every pending timer (in start order) once, as the clock would after enough time.</summary>
    public int FireAll(IBotConversation conversation)
    {
        var keys = Timers.Keys.ToList();
        foreach (var key in keys)
        {
            if (Timers.Remove(key))
            {
                conversation.OnTimer(key);
            }
        }

        return keys.Count;
    }

    /// <summary>Fires the delayed actions (replies, form answers, receipts) but not step waits, until none are left.</summary>
    public void FireDelayed(IBotConversation conversation)
    {
        for (int i = 0; i < 100; i++)
        {
            var keys = Timers.Keys.Where(k => k is not ChatSwarm.Bots.Conversations.CursorTimer).ToList();
            if (keys.Count == 0)
            {
                return;
            }

            foreach (var key in keys)
            {
                Timers.Remove(key);
                conversation.OnTimer(key);
            }
        }
    }

    /// <summary>Fires timers until none are left (bounded, so a bug cannot loop forever).</summary>
    public void FireUntilIdle(IBotConversation conversation)
    {
        for (int i = 0; i < 100 && Timers.Count > 0; i++)
        {
            FireAll(conversation);
        }
    }
}
