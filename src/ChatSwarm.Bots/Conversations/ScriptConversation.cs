using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// A bot script running for one customer: the main conversation and any lifecycle hooks run as step cursors
/// beside each other, handlers answer server events, and all I/O goes through the host. Called from one logical
/// thread at a time (see <see cref="IBotConversation"/>), so state is plain fields. What it remembers lives in small
/// pieces (the cursors, the inbox, the parties, the form responder, the milestones, the memory); this type carries out
/// what they decide.
/// </summary>
internal sealed partial class ScriptConversation : IBotConversation, ITemplateContext
{
    private readonly BotScript _script;
    private readonly BotConversationOptions _options;
    // Made on first use: a seeded Random holds a 56-int table, and thousands of customers waiting in the queue never draw.
    private Random? _random;
    private readonly StepCursors _cursors = new();
    private readonly Inbox _inbox = new();
    private readonly ChatParties _parties = new();
    private readonly SessionMilestones _milestones = new();
    private readonly ConversationMemory _memory = new();
    private readonly FormResponder _forms;
    private IBotHost? _host;
    private bool _chatEnded;

    public ScriptConversation(BotScript script, BotConversationOptions options)
    {
        _script = script;
        _options = options;
        _forms = new FormResponder(script);
        var generated = script.Customer.Generator.Generate(options.Seed, options.CustomerIndex);
        if (options.Customers is { } feed)
        {
            // Feed columns replace the generated values they name; the rest stay generated.
            generated = feed.Apply(generated, options.Seed, options.CustomerIndex, script.Customer.Normalizer);
        }

        if (script.Customer.Phone is { } phone)
        {
            // The script's phone replaces the generated one everywhere, so forms show what Request Chat sent.
            var entered = phone.Render(new RequestTemplateContext(generated, new Random(SeedMixer.Mix(options.Seed, options.CustomerIndex, 0x7068_6f6e)), options.Environment));
            generated = generated with { Phone = entered, NormalizedPhone = script.Customer.Normalizer.Normalize(entered) };
        }

        Customer = generated;
    }

    public string ScriptName => _script.Name;

    public bool IsFinished { get; private set; }

    public CustomerData Customer { get; }

    public Random Random => _random ??= new Random(SeedMixer.Mix(_options.Seed, _options.CustomerIndex, 0x636f_6e76));

    public string AgentName => _parties.AgentName;

    public string GetEnv(string name) => _options.Environment.TryGetValue(name, out var value) ? value : string.Empty;

    public string GetMemory(string name) => _memory.Get(name);

    private IBotHost Host => _host ?? throw new InvalidOperationException("the conversation has not been started");

    public ChatRequest CreateChatRequest()
    {
        // A fresh random source per call keeps the request identical when a restarted customer asks again.
        var context = new RequestTemplateContext(Customer, new Random(SeedMixer.Mix(_options.Seed, _options.CustomerIndex, 0x7265_7175)), _options.Environment);
        var spec = _script.Customer;
        var phone = Customer.NormalizedPhone;
        Dictionary<string, string>? parameters = null;
        if (spec.Parameters.Count > 0)
        {
            parameters = new Dictionary<string, string>(spec.Parameters.Count, StringComparer.Ordinal);
            foreach (var (name, template) in spec.Parameters)
            {
                parameters[name] = template.Render(context);
            }
        }

        return new ChatRequest { PhoneNumber = phone, From = spec.From?.Render(context), Parameters = parameters };
    }

    public void Start(IBotHost host, ChatSession session, IReadOnlyList<ChatEvent>? history)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(session);
        if (_host is not null)
        {
            throw new InvalidOperationException("the conversation was already started");
        }

        _host = host;
        _parties.ChatId = session.ChatId;
        host.Count(BotCounter.ConversationStarted);
        var resume = history is null ? null : new HistoryReplay(_script.Steps, this, _parties, _inbox, _forms, _milestones, _memory).Run(history);
        if (resume?.EndedReason is { } ended)
        {
            // The chat ended while the customer was away: nothing is left to say, only the outcome to record.
            _cursors.Add(new StepCursor(_script.Steps, isMain: true) { Index = resume.StepIndex });
            EndFromOutside(ended, serverEnded: true);
            return;
        }

        FireHook(LifecycleHook.ChatWindowOpen);
        if (session.State is ChatState.Queued or ChatState.Connecting or ChatState.Connected)
        {
            FireSessionCreated();
        }

        if (session.State == ChatState.Connected)
        {
            FireSessionStarted();
        }

        if (IsFinished)
        {
            return;
        }

        var main = new StepCursor(_script.Steps, isMain: true);
        _cursors.Add(main);
        if (resume is null)
        {
            Advance(main);
        }
        else
        {
            main.Index = resume.StepIndex;
            ResumeMain(main, resume, history!.Count);
        }
    }

    public void OnEvents(IReadOnlyList<ChatEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            if (IsFinished)
            {
                return;
            }

            Dispatch(e);
        }
    }

    public void OnTimer(object key)
    {
        if (IsFinished)
        {
            return;
        }

        switch (key)
        {
            case CursorTimer t when t.Generation == t.Cursor.Generation:
                OnCursorTimer(t.Cursor);
                break;
            case DelayedAction action:
                action.Run(this);
                break;
        }
    }

    public void OnChatEnded(ChatEndReason reason) => EndFromOutside(reason switch
    {
        ChatEndReason.EndedByServer => "the server ended the chat",
        ChatEndReason.Failed => "the chat failed",
        ChatEndReason.InactivityTimeout => "the chat timed out for inactivity",
        ChatEndReason.SessionLost => "the session was lost",
        _ => "the run is stopping",
    }, serverEnded: reason != ChatEndReason.RunStopping);

    private string AgentLabel => _parties.AgentLabel;

    private TimeSpan Think(DelayDistribution? delay) => Scale((delay ?? _script.Think ?? _options.DefaultThinkTime).Sample(Random));

    private TimeSpan Scale(TimeSpan value) =>
        _options.TimeScale == 1.0 ? value : TimeSpan.FromTicks((long)(value.Ticks * _options.TimeScale));

    /// <summary>Whether transcript lines are wanted; checked before building the costlier ones.</summary>
    private bool Tracing => Host.IsTranscriptEnabled;

    private void Transcript(string who, string kind, string text)
    {
        if (Host.IsTranscriptEnabled)
        {
            Host.Transcript(new TranscriptEntry(Host.TimeProvider.GetUtcNow(), who, kind, text));
        }
    }

    private void Send(ChatEvent e) => Host.Enqueue(new Runtime.Operations.SendEventsOperation(e));

    /// <summary>Template data for Request Chat: no memory or agent yet, and its own random source.</summary>
    private sealed class RequestTemplateContext(CustomerData customer, Random random, IReadOnlyDictionary<string, string> environment) : ITemplateContext
    {
        public CustomerData Customer => customer;

        public Random Random => random;

        public string AgentName => string.Empty;

        public string GetMemory(string name) => string.Empty;

        public string GetEnv(string name) => environment.TryGetValue(name, out var value) ? value : string.Empty;
    }
}
