using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Bots.Tests.TestSupport;
using ChatSwarm.Testing;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Signaling;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class ScriptConversationTests : IDisposable
{
    private readonly Scripts _scripts = new();
    private readonly FakeBotHost _host = new();

    public void Dispose() => _scripts.Dispose();

    private IBotConversation Start(string yaml, ChatState state = ChatState.Queued)
    {
        var conversation = _scripts.Parse(yaml).CreateConversation(Scripts.Options());
        conversation.Start(_host, new ChatSession { ChatId = "chat-1", State = state, IsNewChat = true }, null);
        return conversation;
    }

    private static MessageEvent Agent(string text, string id = "chat-1:5") => new() { Msg = text, MsgId = id, PartyId = "agent-1" };

    private List<string> SentMessages => _host.Sent.OfType<MessageEvent>().Select(m => m.Msg).ToList();

    [Fact]
    public void Start_SayStepsAndEnd_SendsInOrderAndFinishesCompleted()
    {
        var conversation = Start("conversation:\n  - say: one\n  - say: two\n  - end\n");

        Assert.Equal(["one", "two"], SentMessages);
        Assert.True(conversation.IsFinished);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Equal(2, _host.Counter(BotCounter.MessageSent));
        Assert.Equal(1, _host.Counter(BotCounter.ConversationCompleted));
    }

    [Fact]
    public void OnTimer_WaitStep_BlocksUntilTimerFires()
    {
        var conversation = Start("conversation:\n  - say: one\n  - wait: 3s\n  - say: two\n");

        Assert.Equal(["one"], SentMessages);
        Assert.Equal(TimeSpan.FromSeconds(3), Assert.Single(_host.Timers).Value);

        _host.FireAll(conversation);

        Assert.Equal(["one", "two"], SentMessages);
        Assert.True(conversation.IsFinished);
    }

    [Fact]
    public void OnEvents_ExpectedMessageArrives_CountsMetAndContinues()
    {
        var conversation = Start("conversation:\n  - expect: {matches: \"(?i)how can i help\"}\n  - say: thanks\n");

        conversation.OnEvents([Agent("Hello! How can I help?")]);

        Assert.Equal(["thanks"], SentMessages);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));
        Assert.Equal(1, _host.Counter(BotCounter.MessageReceived));
    }

    [Fact]
    public void OnTimer_ExpectTimesOut_CountsFailureAndEndsChat()
    {
        var conversation = Start("conversation:\n  - expect: {contains: refund, timeout: 5s}\n  - say: never\n");
        var timer = Assert.Single(_host.Timers);
        Assert.Equal(TimeSpan.FromSeconds(5), timer.Value);

        conversation.OnEvents([Agent("something else")]);
        _host.FireAll(conversation);

        Assert.Empty(SentMessages);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationFailed));
        Assert.False(_host.Outcome!.Completed);
        Assert.True(_host.Outcome.SendEnd);
        Assert.Contains("refund", _host.Outcome.Reason);
    }

    [Fact]
    public void OnTimer_ExpectFailsWithContinue_RunsNextStep()
    {
        var conversation = Start("conversation:\n  - expect: {contains: refund, on_fail: continue}\n  - say: moving on\n");

        _host.FireAll(conversation);

        Assert.Equal(["moving on"], SentMessages);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationFailed));
        Assert.True(_host.Outcome!.Completed);
    }

    [Fact]
    public void Expect_MessageArrivedDuringWait_IsTakenFromInbox()
    {
        var conversation = Start("conversation:\n  - wait: 2s\n  - expect: welcome\n  - say: done\n");

        conversation.OnEvents([Agent("Welcome to Acme")]);
        _host.FireAll(conversation);

        Assert.Equal(["done"], SentMessages);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));
    }

    [Fact]
    public void Capture_ValueUsedInLaterTemplate()
    {
        var conversation = Start("""
            conversation:
              - capture: {as: order_id, regex: "order #(?<value>\\d+)"}
              - say: "About order {{memory.order_id}}"
            """);

        conversation.OnEvents([Agent("I found order #4711 for you")]);

        Assert.Equal(["About order 4711"], SentMessages);
    }

    [Fact]
    public void OnMessage_FirstMatchingRuleWins_DefaultOtherwise()
    {
        var conversation = Start("""
            conversation:
              - expect: {event: ended, timeout: 1h}
            on_message:
              - {matches: "(?i)hours", reply: "What are your hours?", delay: 1s}
              - {contains: "open", reply: "second rule"}
              - {default: "I see."}
            receipts: false
            """);

        conversation.OnEvents([Agent("We are open, see our hours", "m1"), Agent("ok", "m2")]);
        var delays = _host.Timers.Where(t => t.Key is not ChatSwarm.Bots.Conversations.CursorTimer).Select(t => t.Value).ToList();
        _host.FireDelayed(conversation);

        Assert.Equal(["What are your hours?", "I see."], SentMessages);
        Assert.Contains(TimeSpan.FromSeconds(1), delays);
    }

    [Fact]
    public void Receipts_DeliveredThenRead_SentAfterDelays()
    {
        var conversation = Start("""
            conversation:
              - expect: {event: ended, timeout: 1h}
            receipts: {delivered_delay: 200ms, read_delay: 2s}
            """);

        conversation.OnEvents([Agent("hi", "chat-1:9")]);
        var receiptTimer = _host.Timers.Single(t => t.Key is not ChatSwarm.Bots.Conversations.CursorTimer);
        Assert.Equal(TimeSpan.FromMilliseconds(200), receiptTimer.Value);
        _host.Timers.Remove(receiptTimer.Key);
        conversation.OnTimer(receiptTimer.Key);
        var readTimer = _host.Timers.Single(t => t.Key is not ChatSwarm.Bots.Conversations.CursorTimer);
        Assert.Equal(TimeSpan.FromSeconds(2), readTimer.Value);
        _host.Timers.Remove(readTimer.Key);
        conversation.OnTimer(readTimer.Key);

        Assert.Equal("chat-1:9", Assert.Single(_host.Sent.OfType<MessageDeliveredEvent>()).RefMsgId);
        Assert.Equal("chat-1:9", Assert.Single(_host.Sent.OfType<MessageReadEvent>()).RefMsgId);
    }

    [Fact]
    public void OnForm_NamedDefaultAndBuiltinAnswers()
    {
        var conversation = Start("""
            conversation:
              - expect: {event: ended, timeout: 1h}
            on_form:
              contact: {fields: {email: "{{customer.email}}", topic: billing}, delay: 1s}
            receipts: false
            """);

        conversation.OnEvents([
            new FormShowEvent { FormRequestId = "r1", FormName = "contact", FormTimeout = 60 },
            new FormShowEvent { FormRequestId = "r2", FormName = "mystery" },
        ]);
        _host.FireDelayed(conversation);

        var forms = _host.Sent.OfType<FormDataEvent>().ToList();
        Assert.Equal(2, forms.Count);
        Assert.Equal("contact", forms[0].FormName);
        Assert.Equal("billing", forms[0].Data["topic"]);
        Assert.Contains('@', forms[0].Data["email"]);
        Assert.Equal("r2", forms[1].FormRequestId);
        Assert.Equal(["first_name", "last_name", "email", "phone"], forms[1].Data.Keys);
        Assert.Equal(2, _host.Counter(BotCounter.FormAnswered));
    }

    [Fact]
    public void OnForm_DelayLongerThanFormTimeout_IsClampedBelowIt()
    {
        var conversation = Start("conversation:\n  - expect: {event: ended, timeout: 1h}\non_form:\n  slow: {fields: {a: b}, delay: 10m}\n");

        conversation.OnEvents([new FormShowEvent { FormRequestId = "r", FormName = "slow", FormTimeout = 100 }]);

        Assert.Contains(TimeSpan.FromSeconds(80), _host.Timers.Values);
    }

    [Fact]
    public void OnSecureForm_FillAndCancel()
    {
        var conversation = Start("""
            conversation:
              - expect: {event: ended, timeout: 1h}
            on_secure_form:
              payment: {action: fill, fields: {card: "4111111111111111"}}
              default: {action: cancel}
            """);

        conversation.OnEvents([
            new SecureFormShowEvent { FormRequestId = "s1", FormId = "payment" },
            new SecureFormShowEvent { FormRequestId = "s2", FormId = "other" },
        ]);
        _host.FireDelayed(conversation);

        var filled = Assert.Single(_host.Sent.OfType<SecureFormDataEvent>());
        Assert.Equal("payment", filled.FormName);
        Assert.Equal("4111111111111111", filled.Data["card"]);
        Assert.Equal("s2", Assert.Single(_host.Sent.OfType<SecureFormCancelEvent>()).FormRequestId);
        Assert.Equal(2, _host.Counter(BotCounter.SecureFormAnswered));
    }

    [Fact]
    public void OnSignaling_RequestAndOfferCall_AreRejectedAndEnded()
    {
        var conversation = Start("conversation:\n  - expect: {event: ended, timeout: 1h}\n", ChatState.Connected);
        conversation.OnEvents([new PartyJoinedEvent { PartyId = "agent-1", DisplayName = "Bob" }]);

        conversation.OnEvents([
            new SignalingEvent { Message = new RequestCallSignal { OfferVideo = true } },
            new SignalingEvent { Message = new OfferCallSignal { Sdp = "v=0" } },
            new SignalingEvent { Message = new IceCandidateSignal { Candidate = "c" } },
        ]);

        var answers = _host.Sent.OfType<SignalingEvent>().ToList();
        Assert.Equal(2, answers.Count);
        Assert.IsType<CallRejectedSignal>(answers[0].Message);
        Assert.IsType<EndCallSignal>(answers[1].Message);
        Assert.All(answers, a => Assert.Equal("agent-1", a.DestinationPartyId));
    }

    [Fact]
    public void OnSignaling_CallsEnd_AnswersRequestWithEndCall()
    {
        var conversation = Start("conversation:\n  - expect: {event: ended, timeout: 1h}\ncalls: end\n");

        conversation.OnEvents([new SignalingEvent { Message = new RequestCallSignal() }]);

        Assert.IsType<EndCallSignal>(Assert.Single(_host.Sent.OfType<SignalingEvent>()).Message);
    }

    [Fact]
    public void OnCobrowsingRequested_SendsRejection()
    {
        var conversation = Start("conversation:\n  - expect: {event: ended, timeout: 1h}\n");

        conversation.OnEvents([new CobrowsingRequestedEvent { MsgId = "x" }]);

        Assert.Single(_host.Sent.OfType<CobrowsingRejectedEvent>());
    }

    [Fact]
    public void OnTimeoutWarning_RepliesToStayAlive_OrIgnores()
    {
        var replying = Start("conversation:\n  - expect: {event: timeout_warning}\n  - expect: {event: ended, timeout: 1h}\non_timeout_warning: {reply: \"still here\", delay: 2s}\n");
        replying.OnEvents([new TimeoutWarningEvent { Msg = "Are you there?" }]);
        _host.FireDelayed(replying);

        Assert.Equal(["still here"], SentMessages);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));

        var silentHost = new FakeBotHost();
        var silent = _scripts.Parse("conversation:\n  - expect: {event: ended, timeout: 1h}\non_timeout_warning: ignore\n").CreateConversation(Scripts.Options());
        silent.Start(silentHost, new ChatSession { ChatId = "chat-1", State = ChatState.Connected }, null);
        silent.OnEvents([new TimeoutWarningEvent { Msg = "Are you there?" }]);
        silentHost.FireDelayed(silent);
        silent.OnEvents([new InactivityTimeoutEvent { Msg = "bye" }]);

        Assert.Empty(silentHost.Sent.OfType<MessageEvent>());
        Assert.True(silentHost.Outcome!.Completed);
        Assert.False(silentHost.Outcome.SendEnd);
    }

    [Fact]
    public void OnCaseSet_EnqueuesHistoryThenClose()
    {
        var conversation = Start("conversation:\n  - expect: {event: case_set}\n  - say: ok\non_case_set: {history: true, close: true}\n");

        conversation.OnEvents([new CaseSetEvent { CaseId = "case-1" }]);

        var ops = _host.Operations.Where(o => o is not SendEventsOperation).ToList();
        Assert.IsType<CaseHistoryOperation>(ops[0]);
        Assert.IsType<CloseCaseOperation>(ops[1]);
        Assert.Equal(["ok"], SentMessages);
        conversation.OnOperationCompleted(ops[0], new BotOperationResult(null, new CaseHistory([new CaseSession("c0", null, [])])));
        Assert.Contains(_host.Lines, l => l.Text.Contains("case history: 1 session(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void OnFile_DownloadsAndChecksSize()
    {
        var conversation = Start("conversation:\n  - expect: {event: file}\n  - expect: {event: ended, timeout: 1h}\non_file: {min_bytes: 10}\n");

        conversation.OnEvents([new FileEvent { FileId = "f1", FileType = "image", PartyId = "agent-1" }, new FileEvent { FileId = "f2", FileType = "attachment" }]);
        var downloads = _host.Operations.OfType<DownloadFileOperation>().ToList();
        conversation.OnOperationCompleted(downloads[0], new BotOperationResult(null, new DownloadedFile(2048, 2048, "image/png", "a.png")));
        conversation.OnOperationCompleted(downloads[1], new BotOperationResult(null, new DownloadedFile(5, null, null, null)));

        Assert.Equal(["f1", "f2"], downloads.Select(d => d.FileId));
        Assert.Equal(1, _host.Counter(BotCounter.FileReceived));
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationFailed));
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));
    }

    [Fact]
    public void SendFile_OversizeWithExpectedError_CountsMetNotSent()
    {
        var conversation = Start("conversation:\n  - send_file: {path: files/pic.png}\n  - send_file: {generate: 26MB, expect_error: 5501}\n  - end\n");
        var ops = _host.Operations.OfType<SendFileOperation>().ToList();

        conversation.OnOperationCompleted(ops[0], new BotOperationResult(null, "file-1"));
        conversation.OnOperationCompleted(ops[1], new BotOperationResult(ApiError.From(ApiErrorCode.UploadSizeLimitExceeded)));

        Assert.Equal("image", ops[0].Step.FileType);
        Assert.Equal(7, ops[0].Step.Source.Bytes);
        Assert.Equal(26L * 1024 * 1024, ops[1].Step.Source.Bytes);
        Assert.Equal(1, _host.Counter(BotCounter.FileSent));
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationMet));
        Assert.Equal(0, _host.Counter(BotCounter.ExpectationFailed));
    }

    [Fact]
    public void Hooks_FireOncePerLifecycleEventAndRunSteps()
    {
        var conversation = Start("""
            conversation:
              - expect: {event: agent_joined}
              - expect: {event: ended, timeout: 1h}
            hooks:
              chatWindowOpen:
                - navigate: {page: "https://shop.example/help", title: Help}
              chatSessionStarted:
                - say: "Hi {{agent.name}}"
            """, ChatState.Ivr);

        conversation.OnEvents([new StatusEvent { State = ChatState.Queued }, new StatusEvent { State = ChatState.Queued }]);
        conversation.OnEvents([new PartyJoinedEvent { PartyId = "agent-1", FirstName = "Bob", LastName = "Stone", Type = "internal" }]);
        conversation.OnEvents([new StatusEvent { State = ChatState.Connected }, new EndedEvent()]);

        Assert.Equal("https://shop.example/help", Assert.Single(_host.Sent.OfType<NavigationEvent>()).Page);
        Assert.Equal(["Hi Bob Stone"], SentMessages);
        foreach (var counter in new[] { BotCounter.ChatWindowOpen, BotCounter.ChatSessionCreated, BotCounter.ChatSessionStarted, BotCounter.ChatSessionEnded, BotCounter.ChatWindowClosed })
        {
            Assert.Equal(1, _host.Counter(counter));
        }

        Assert.True(_host.Outcome!.Completed);
    }

    [Fact]
    public void OnEvents_ServerEndsWhileExpecting_FailsAndDoesNotSendEnd()
    {
        var conversation = Start("conversation:\n  - expect: goodbye\n");

        conversation.OnEvents([new EndedEvent()]);

        Assert.True(conversation.IsFinished);
        Assert.False(_host.Outcome!.Completed);
        Assert.False(_host.Outcome.SendEnd);
        Assert.Equal(1, _host.Counter(BotCounter.ExpectationFailed));
    }

    [Fact]
    public void Disconnect_SurveyAnswered_ThenEnds()
    {
        var conversation = Start("conversation:\n  - disconnect: {timeout: 30s}\n  - end\non_form:\n  survey: {fields: {rating: \"5\"}}\n");

        Assert.Single(_host.Sent.OfType<DisconnectEvent>());
        conversation.OnEvents([new FormShowEvent { FormRequestId = "s", FormName = "survey" }]);
        var answerTimer = _host.Timers.Keys.Single(k => k is not ChatSwarm.Bots.Conversations.CursorTimer);
        _host.Timers.Remove(answerTimer);
        conversation.OnTimer(answerTimer);

        Assert.Equal("5", Assert.Single(_host.Sent.OfType<FormDataEvent>()).Data["rating"]);
        Assert.Equal(new BotOutcome(true, "script finished", true), _host.Outcome);
        Assert.Empty(_host.Timers);
    }

    [Fact]
    public void Disconnect_FormShownBeforeDisconnect_IsNotTakenForTheSurvey()
    {
        var conversation = Start("conversation:\n  - wait: 1s\n  - disconnect: {timeout: 30s}\n  - end\n");
        conversation.OnEvents([new FormShowEvent { FormRequestId = "early", FormName = "contact_details" }]);
        var waitTimer = _host.Timers.Keys.Single(k => k is ChatSwarm.Bots.Conversations.CursorTimer);
        _host.Timers.Remove(waitTimer);
        conversation.OnTimer(waitTimer);

        _host.FireDelayed(conversation);

        Assert.Null(_host.Outcome);
        Assert.Single(_host.Sent.OfType<FormDataEvent>());
        conversation.OnEvents([new FormShowEvent { FormRequestId = "late", FormName = "survey" }]);
        _host.FireDelayed(conversation);
        Assert.True(_host.Outcome!.Completed);
    }

    [Fact]
    public void Disconnect_NamedSurvey_OtherFormsAfterDisconnectDoNotCount()
    {
        var conversation = Start("conversation:\n  - disconnect: {form: survey}\n  - end\n");

        conversation.OnEvents([new FormShowEvent { FormRequestId = "f1", FormName = "contact_details" }]);
        _host.FireDelayed(conversation);
        Assert.Null(_host.Outcome);
        conversation.OnEvents([new FormShowEvent { FormRequestId = "f2", FormName = "survey" }]);
        _host.FireDelayed(conversation);

        Assert.True(_host.Outcome!.Completed);
        Assert.Equal(2, _host.Counter(BotCounter.FormAnswered));
        Assert.Contains(_host.Lines, l => l.Text == "got the survey form 'survey'");
    }

    [Fact]
    public void Disconnect_NoSurveyInTime_CountsFailure()
    {
        var conversation = Start("conversation:\n  - disconnect: {timeout: 30s}\n  - end\n");

        _host.FireAll(conversation);

        Assert.Equal(1, _host.Counter(BotCounter.ExpectationFailed));
        Assert.False(_host.Outcome!.Completed);
    }

    [Fact]
    public void Typing_SendsTypingThenNotTyping()
    {
        var conversation = Start("conversation:\n  - typing: 1500ms\n  - say: typed\n");

        Assert.Single(_host.Sent.OfType<TypingEvent>());
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Assert.Single(_host.Timers).Value);
        _host.FireAll(conversation);

        var kinds = _host.Sent.Select(e => e.EventName).ToList();
        Assert.Equal(["chat_session_typing", "chat_session_not_typing", "chat_session_message"], kinds);
    }

    [Fact]
    public void Location_SendsCoordinates()
    {
        Start("conversation:\n  - location: {latitude: 50.08, longitude: 14.42, url: \"https://maps.example/?q=50.08,14.42\"}\n");

        var location = Assert.Single(_host.Sent.OfType<LocationEvent>());
        Assert.Equal(50.08, location.Latitude);
        Assert.Equal(14.42, location.Longitude);
    }

    [Fact]
    public void CreateChatRequest_NormalizesPhoneAndIsDeterministic()
    {
        var script = _scripts.Parse("""
            customer:
              country: "+420"
              phone: "777 666 555"
              from: "{{customer.full_name}}"
              parameters:
                first_name: "{{customer.first_name}}"
                ticket: "{{random.int 1 1000}}"
            conversation: [end]
            """);

        var first = script.CreateConversation(Scripts.Options(3)).CreateChatRequest();
        var again = script.CreateConversation(Scripts.Options(3)).CreateChatRequest();

        Assert.Equal("+420777666555", first.PhoneNumber);
        Assert.Equal(first.From, again.From);
        Assert.Equal(first.Parameters, again.Parameters);
        Assert.Equal(["first_name", "ticket"], first.Parameters!.Keys);
    }

    [Fact]
    public void CreateChatRequest_InvalidPhone_IsDropped()
    {
        var script = _scripts.Parse("customer: {country: \"+420\", phone: \"not a phone\"}\nconversation: [end]\n");

        var request = script.CreateConversation(Scripts.Options()).CreateChatRequest();

        Assert.Null(request.PhoneNumber);
        Assert.Equal(["first_name", "last_name", "email"], request.Parameters!.Keys);
    }

    [Fact]
    public void Say_Variants_PickedWithSeedAndUtterancesRendered()
    {
        var script = _scripts.Parse("conversation:\n  - say: {utterances: greetings}\n  - say: [a, b, c]\n");
        var texts = new HashSet<string>();
        for (int i = 0; i < 20; i++)
        {
            var host = new FakeBotHost();
            script.CreateConversation(Scripts.Options(i)).Start(host, new ChatSession { ChatId = "c", State = ChatState.Queued }, null);
            var sent = host.Sent.OfType<MessageEvent>().Select(m => m.Msg).ToList();
            Assert.Equal(2, sent.Count);
            Assert.DoesNotContain("{{", sent[0], StringComparison.Ordinal);
            texts.Add(sent[1]);
        }

        Assert.Equal(["a", "b", "c"], texts.Order());
    }

    [Fact]
    public void Transcript_HostDropsIt_NoLinesButSameBehaviour()
    {
        _host.IsTranscriptEnabled = false;
        var conversation = Start("conversation:\n  - expect: hello\n  - say: hi\n  - expect: {event: ended, timeout: 1h}\n");

        conversation.OnEvents([new StatusEvent { State = ChatState.Connected }, Agent("hello there"), new MessageDeliveredEvent { RefMsgId = "x" }]);
        _host.FireDelayed(conversation);

        Assert.Empty(_host.Lines);
        Assert.Equal(["hi"], SentMessages);
        Assert.Single(_host.Sent.OfType<MessageReadEvent>());
    }

    [Fact]
    public void Start_ResumedSession_RestoresAgentWithoutReplayingHooks()
    {
        var conversation = _scripts.Parse("conversation:\n  - say: \"back, {{agent.name}}\"\n").CreateConversation(Scripts.Options());

        conversation.Start(_host, new ChatSession { ChatId = "chat-1", State = ChatState.Connected }, [new PartyJoinedEvent { PartyId = "a", DisplayName = "Eve" }]);

        Assert.Equal(["back, Eve"], SentMessages);
        Assert.Equal(0, _host.Counter(BotCounter.ChatSessionStarted));
        Assert.Equal(1, _host.Counter(BotCounter.ChatWindowOpen));
    }
}
