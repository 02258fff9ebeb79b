using System.Collections.Concurrent;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Swarm.Tests.Customers;

/// <summary>
/// Wraps a real conversation and stands between it and its host, recording what it reports: counters, transcript
/// lines (which the customer actor drops) and its outcome.
/// </summary>
internal sealed class RecordingConversation(IBotConversation inner) : IBotConversation
{
    private readonly ConcurrentDictionary<BotCounter, long> _counters = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private volatile BotOutcome? _outcome;

    public string ScriptName => inner.ScriptName;

    public bool IsFinished => inner.IsFinished;

    public BotOutcome? Outcome => _outcome;

    /// <summary>The transcript, one line per entry, for assertion messages.</summary>
    public string Transcript => string.Join(Environment.NewLine, _lines);

    public long Count(BotCounter counter) => _counters.GetValueOrDefault(counter);

    public ChatRequest CreateChatRequest() => inner.CreateChatRequest();

    public void Start(IBotHost host, ChatSession session, IReadOnlyList<ChatEvent>? history) =>
        inner.Start(new Host(host, this), session, history);

    public void OnEvents(IReadOnlyList<ChatEvent> events) => inner.OnEvents(events);

    public void OnTimer(object key) => inner.OnTimer(key);

    public void OnOperationCompleted(BotOperation operation, BotOperationResult result) => inner.OnOperationCompleted(operation, result);

    public void OnChatEnded(ChatEndReason reason) => inner.OnChatEnded(reason);

    private sealed class Host(IBotHost host, RecordingConversation owner) : IBotHost
    {
        public string ClientId => host.ClientId;

        public string ChatId => host.ChatId;

        public TimeProvider TimeProvider => host.TimeProvider;

        public bool IsTranscriptEnabled => true;

        public void Enqueue(BotOperation operation) => host.Enqueue(operation);

        public void StartTimer(object key, TimeSpan delay) => host.StartTimer(key, delay);

        public void CancelTimer(object key) => host.CancelTimer(key);

        public void Finish(BotOutcome outcome)
        {
            owner._outcome ??= outcome;
            host.Finish(outcome);
        }

        public void Count(BotCounter counter, long count = 1)
        {
            owner._counters.AddOrUpdate(counter, count, (_, n) => n + count);
            host.Count(counter, count);
        }

        public void Transcript(TranscriptEntry entry) => owner._lines.Enqueue($"{entry.Who} {entry.Kind}: {entry.Text}");
    }
}
