using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Tests.TestSupport;
using ChatSwarm.Testing;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Bots.Tests.Conversations;

/// <summary>A restarted customer resumes its session: the conversation carries on from what the history shows was done.</summary>
public sealed class ScriptConversationResumeTests : IDisposable
{
    // The shape of bots/greeting-and-question.yaml, with fixed texts.
    private const string Greeting = """
        think: 1s
        receipts: false
        conversation:
          - expect: {event: agent_joined, timeout: 2m}
          - expect: {matches: "(?i)\\bhelp\\b", timeout: 30s}
          - say: ["Hi!", "Hello!"]
          - wait
          - say: "Where is my order?"
          - expect: {event: message, timeout: 1m}
          - say: "Thanks {{agent.name}}"
          - end
        """;

    private static readonly PartyJoinedEvent Joined = new() { PartyId = "agent-1", DisplayName = "Eve" };

    private readonly Scripts _scripts = new();
    private readonly FakeBotHost _host = new();

    public void Dispose() => _scripts.Dispose();

    [Fact]
    public void Start_ResumedBeforeTheAgentJoined_WaitsForTheAgentWithoutReplayingHooks()
    {
        var conversation = Resume(Greeting, ChatState.Queued, new StatusEvent { State = ChatState.Queued });

        Assert.Empty(_host.Sent);
        Assert.Equal(TimeSpan.FromMinutes(2), Assert.Single(_host.Timers).Value);
        Assert.Equal(0, _host.Counter(BotCounter.ChatSessionCreated));

        conversation.OnEvents([Joined, Agent("Hello, this is Eve. How can I help you today?")]);

        Assert.Single(SentMessages, m => m is "Hi!" or "Hello!");
        Assert.Equal(2, _host.Counter(BotCounter.ExpectationMet));
        Assert.Equal(1, _host.Counter(BotCounter.ChatSessionStarted));
    }

    [Fact]
    public void Start_ResumedAfterTheAgentMessageTheNextExpectWaitsFor_MeetsItFromTheHistory()
    {
        Resume(Greeting, ChatState.Connected, new StatusEvent { State = ChatState.Queued }, Joined, new StatusEvent { State = ChatState.Connected }, Agent("Hello, this is Eve. How can I help you today?"));

        // Both expects were met by what the history holds; the greeting goes out and the script waits in its think time.
        Assert.Single(SentMessages, m => m is "Hi!" or "Hello!");
        Assert.Equal(2, _host.Counter(BotCounter.ExpectationMet));
        Assert.Equal(0, _host.Counter(BotCounter.ExpectationFailed));
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(_host.Timers).Value);
        Assert.Equal(0, _host.Counter(BotCounter.ChatSessionStarted));
    }

    [Fact]
    public void Start_ResumedAfterTheCustomersMessages_DoesNotSayThemAgainAndTakesTheReply()
    {
        var conversation = Resume(
            Greeting,
            ChatState.Connected,
            Joined,
            Agent("How can I help?", "m1"),
            Customer("Hello!"),
            Agent("Hi there.", "m2"),
            new MessageEvent { Msg = "Where is my order?", PartyId = "chat-1" },
            Agent("It ships tomorrow.", "m3"));

        Assert.Equal(["Thanks Eve"], SentMessages);
        Assert.True(conversation.IsFinished);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));
        Assert.Contains(_host.Lines, l => l.Kind == "resume" && l.Text.EndsWith("(line 9)", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_ResumedWhenTheSendOfAStepFailed_SaysItAgainAndWaitsForTheReplyToIt()
    {
        // The restart came from a failed send of the question: the history stops at the reply to the greeting.
        Resume(Greeting, ChatState.Connected, Joined, Agent("How can I help?", "m1"), Customer("Hi!"), Agent("Hi there.", "m2"));

        Assert.Empty(_host.Sent);
        _host.FireAll(NotNull());

        Assert.Equal(["Where is my order?"], SentMessages);
        Assert.Null(_host.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(_host.Timers).Value);
    }

    [Fact]
    public void Start_HandlerRepliesInTheHistory_AreNotTakenForScriptSteps()
    {
        var conversation = Resume(
            """
            receipts: false
            on_message:
              - {default: "Okay."}
            conversation:
              - expect: {event: agent_joined}
              - say: "My parcel is late."
              - expect: {event: message}
              - end
            """,
            ChatState.Connected,
            Joined,
            Agent("Hi, I am Eve.", "m1"),
            Customer("Okay."));

        Assert.Equal(["My parcel is late."], SentMessages);
        Assert.False(conversation.IsFinished);
    }

    [Fact]
    public void Start_ResumedWithAnUnansweredForm_AnswersItOnceAndMeetsTheFormExpect()
    {
        var conversation = Resume(
            FormScript,
            ChatState.Connected,
            Joined,
            Customer("I need to update my details."),
            new FormShowEvent { FormRequestId = "r1", FormName = "contact_details", FormTimeout = 60 });

        Assert.Empty(_host.Sent);
        _host.FireDelayed(conversation);

        var form = Assert.Single(_host.Sent.OfType<FormDataEvent>());
        Assert.Equal("r1", form.FormRequestId);
        Assert.Contains('@', form.Data["email"]);
        Assert.Equal(["Done."], SentMessages);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Equal(1, _host.Counter(BotCounter.FormAnswered));
    }

    [Fact]
    public void Start_ResumedWithAnAnsweredForm_DoesNotAnswerItAgain()
    {
        var conversation = Resume(
            FormScript,
            ChatState.Connected,
            Joined,
            Customer("I need to update my details."),
            new FormShowEvent { FormRequestId = "r1", FormName = "contact_details" },
            new FormDataEvent { FormRequestId = "r1", FormName = "contact_details", Data = new Dictionary<string, string> { ["email"] = "a@b.c" } });

        Assert.Empty(_host.Sent.OfType<FormDataEvent>());
        Assert.Equal(["Done."], SentMessages);
        Assert.True(conversation.IsFinished);
        Assert.True(_host.Outcome!.Completed);
    }

    [Fact]
    public void Start_ResumedAfterTheScriptsLastStep_FinishesWithoutRepeatingAnything()
    {
        var conversation = Resume("conversation:\n  - say: one\n  - say: two\n", ChatState.Connected, Joined, Customer("one"), Customer("two"));

        Assert.True(conversation.IsFinished);
        Assert.Empty(_host.Sent);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Equal(1, _host.Counter(BotCounter.ConversationCompleted));
    }

    [Fact]
    public void Start_ChatEndedWhileTheCustomerWasAway_FinishesWithoutSendingAnything()
    {
        var conversation = Resume(Greeting, ChatState.Connected, Joined, Agent("How can I help?"), Customer("Hi!"), new EndedEvent());

        Assert.True(conversation.IsFinished);
        Assert.Empty(_host.Operations);
        Assert.False(_host.Outcome!.Completed);
        Assert.False(_host.Outcome.SendEnd);
        Assert.Equal(0, _host.Counter(BotCounter.ChatWindowOpen));
    }

    [Fact]
    public void Start_ResumedAfterDisconnect_AnswersTheShownSurveyWithoutDisconnectingAgain()
    {
        var conversation = Resume(
            SurveyScript,
            ChatState.Connected,
            Joined,
            Customer("Where is my parcel?"),
            new DisconnectEvent(),
            new PartyLeftEvent { PartyId = "agent-1" },
            new FormShowEvent { FormRequestId = "s1", FormName = "survey" });

        _host.FireDelayed(conversation);

        Assert.Empty(_host.Sent.OfType<DisconnectEvent>());
        Assert.Equal("s1", Assert.Single(_host.Sent.OfType<FormDataEvent>()).FormRequestId);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Contains(_host.Lines, l => l.Text == "got the survey form 'survey'");
    }

    [Fact]
    public void Start_ResumedAfterDisconnectBeforeTheSurvey_WaitsForItAgain()
    {
        var conversation = Resume(
            SurveyScript,
            ChatState.Connected,
            Joined,
            new FormShowEvent { FormRequestId = "f1", FormName = "contact_details" },
            new FormDataEvent { FormRequestId = "f1", FormName = "contact_details", Data = new Dictionary<string, string>() },
            Customer("Where is my parcel?"),
            new DisconnectEvent());

        Assert.Empty(_host.Sent);
        Assert.Equal(TimeSpan.FromSeconds(60), Assert.Single(_host.Timers).Value);

        conversation.OnEvents([new FormShowEvent { FormRequestId = "s1", FormName = "survey" }]);
        _host.FireDelayed(conversation);

        Assert.True(_host.Outcome!.Completed);
        Assert.Equal(0, _host.Counter(BotCounter.ExpectationFailed));
    }

    [Fact]
    public void Start_ResumedAfterACapture_KeepsTheCapturedValue()
    {
        var conversation = Resume(
            """
            receipts: false
            conversation:
              - capture: {as: agent_first, regex: "(?i)this is (?<value>\\w+)"}
              - say: "Hi {{memory.agent_first}}, where is my parcel?"
              - expect: {event: message}
              - say: "Thanks {{memory.agent_first}}, bye!"
              - end
            """,
            ChatState.Connected,
            Joined,
            Agent("Hello, this is Bob. How can I help you today?", "m1"),
            Customer("Hi Bob, where is my parcel?"),
            Agent("It arrives tomorrow.", "m2"));

        Assert.Equal(["Thanks Bob, bye!"], SentMessages);
        Assert.True(conversation.IsFinished);
    }

    [Fact]
    public void Start_AgentMessageTheCustomerNeverAnswered_GetsTheRuleReply()
    {
        var conversation = Resume(
            """
            receipts: false
            on_message:
              - {contains: "anything else", reply: "No, thanks!"}
            conversation:
              - expect: {event: agent_joined}
              - wait: 1h
              - end
            """,
            ChatState.Connected,
            Joined,
            Agent("Can I help with anything else?", "m1"));

        _host.FireDelayed(conversation);

        Assert.Equal(["No, thanks!"], SentMessages);
        Assert.False(conversation.IsFinished);
    }

    [Fact]
    public void Start_UnansweredTimeoutWarning_IsAnswered()
    {
        var conversation = Resume(
            "receipts: false\non_timeout_warning: {reply: \"Still here!\"}\nconversation:\n  - wait: 1h\n",
            ChatState.Connected,
            Joined,
            Customer("Hello"),
            new TimeoutWarningEvent { Msg = "Are you still there?" });

        _host.FireDelayed(conversation);

        Assert.Equal(["Still here!"], SentMessages);
    }

    private const string FormScript = """
        receipts: false
        on_form:
          contact_details: {fields: {email: "{{customer.email}}"}, delay: 2s}
        conversation:
          - expect: {event: agent_joined}
          - say: "I need to update my details."
          - expect: {event: form, timeout: 1m}
          - say: "Done."
          - end
        """;

    private const string SurveyScript = """
        receipts: false
        on_form:
          survey: {fields: {rating: "5"}}
        conversation:
          - say: "Where is my parcel?"
          - disconnect: {form: survey, timeout: 60s}
          - end
        """;

    private IBotConversation? _conversation;

    private List<string> SentMessages => _host.Sent.OfType<MessageEvent>().Select(m => m.Msg).ToList();

    private IBotConversation NotNull() => _conversation!;

    private IBotConversation Resume(string yaml, ChatState state, params ChatEvent[] history)
    {
        _conversation = _scripts.Parse(yaml).CreateConversation(Scripts.Options());
        _conversation.Start(_host, new ChatSession { ChatId = "chat-1", State = state, IsNewChat = false }, history);
        return _conversation;
    }

    private static MessageEvent Agent(string text, string id = "chat-1:5") => new() { Msg = text, MsgId = id, PartyId = "agent-1" };

    // The simulator keeps the customer's events as sent, without a party id.
    private static MessageEvent Customer(string text) => new() { Msg = text };
}
