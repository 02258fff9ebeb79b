using System.Text;
using System.Text.Json;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Client.Signaling;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Serialization;

/// <summary>Every event format of the reference reads into its record; odd but real variants read tolerantly.</summary>
public sealed class ChatEventJsonReadTests
{
    private static readonly DateTimeOffset Ms = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);
    private static readonly DateTimeOffset Seconds = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static ChatEvent Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ChatEventJson.ReadEvent(document.RootElement);
    }

    private static T Read<T>(string json) where T : ChatEvent => Assert.IsType<T>(Read(json));

    [Fact]
    public void ReadEvent_ClientMessage_ReadsFields()
    {
        var e = Read<MessageEvent>(SeedExamples.ClientMessage);
        Assert.Equal(("chat1:1", "Hello", "web"), (e.MsgId, e.Msg, e.Channel));
        Assert.Null(e.PartyId);
        Assert.Null(e.Timestamp);
    }

    [Fact]
    public void ReadEvent_ClientReceipts_ReadRefMsgId()
    {
        Assert.Equal("chat1:2", Read<MessageDeliveredEvent>(SeedExamples.ClientMessageDelivered).RefMsgId);
        Assert.Equal("chat1:2", Read<MessageReadEvent>(SeedExamples.ClientMessageRead).RefMsgId);
    }

    [Fact]
    public void ReadEvent_FieldlessClientEvents_ReadTheirTypes()
    {
        Read<TypingEvent>(SeedExamples.ClientTyping);
        Read<NotTypingEvent>(SeedExamples.ClientNotTyping);
        Read<EndEvent>(SeedExamples.ClientEnd);
        Read<DisconnectEvent>(SeedExamples.ClientDisconnect);
        Read<CobrowsingRejectedEvent>(SeedExamples.ClientCobrowsingRejected);
        Read<CobrowsingEndedEvent>(SeedExamples.ClientCobrowsingEnded);
        Read<EndedEvent>(SeedExamples.ServerEnded);
    }

    [Fact]
    public void ReadEvent_FormData_ReadsDataMap()
    {
        var form = Read<FormDataEvent>(SeedExamples.ClientFormData);
        Assert.Equal(("f1", "survey"), (form.FormRequestId, form.FormName));
        Assert.Equal("value2", form.Data["param2"]);

        var secure = Read<SecureFormDataEvent>(SeedExamples.ClientSecureFormData);
        Assert.Equal(("f2", "card", "value1"), (secure.FormRequestId, secure.FormName, secure.Data["param1"]));
        Assert.Equal("f2", Read<SecureFormCancelEvent>(SeedExamples.ClientSecureFormCancel).FormRequestId);
    }

    [Fact]
    public void ReadEvent_ClientSignalingWithStringData_ReadsTypedSignal()
    {
        var e = Read<SignalingEvent>(SeedExamples.ClientSignaling);
        Assert.Equal(("chat1:3", "agent1"), (e.MsgId, e.DestinationPartyId));
        Assert.True(Assert.IsType<RequestCallSignal>(e.Message).OfferVideo);
    }

    [Fact]
    public void ReadEvent_SignalingWithObjectData_ReadsTypedSignal()
    {
        var e = Read<SignalingEvent>("""{"event":"chat_session_signaling","data":{"type":"ICE_CANDIDATE","sdpMid":"0","sdpMLineIndex":2,"candidate":"c"}}""");
        var candidate = Assert.IsType<IceCandidateSignal>(e.Message);
        Assert.Equal(("0", 2, "c"), (candidate.SdpMid, candidate.SdpMLineIndex, candidate.Candidate));
    }

    [Fact]
    public void ReadEvent_ServerSignaling_ReadsOfferCall()
    {
        var offer = Assert.IsType<OfferCallSignal>(Read<SignalingEvent>(SeedExamples.ServerSignaling).Message);
        Assert.False(offer.OfferVideo);
        Assert.Equal("v=0", offer.Sdp);
    }

    [Fact]
    public void ReadEvent_FileEvents_ReadBothDirections()
    {
        var client = Read<FileEvent>(SeedExamples.ClientFile);
        Assert.Equal(("chat1:4", "image", "file1"), (client.MsgId, client.FileType, client.FileId));

        var server = Read<FileEvent>(SeedExamples.ServerFile);
        Assert.Equal(("agent1", "file2", "attachment", Seconds), (server.PartyId, server.FileId, server.FileType, server.Timestamp));
    }

    [Fact]
    public void ReadEvent_LocationWithStringCoordinates_ReadsNumbers()
    {
        var client = Read<LocationEvent>(SeedExamples.ClientLocation);
        Assert.Equal((59.3, 18.1), (client.Latitude, client.Longitude));
        Assert.Equal("https://maps.example.com/?q=59.3,18.1", client.Url);
        Assert.Equal(Seconds, Read<LocationEvent>(SeedExamples.ServerLocation).Timestamp);
    }

    [Fact]
    public void ReadEvent_NavigationAndCobrowsing_ReadFields()
    {
        var navigation = Read<NavigationEvent>(SeedExamples.ClientNavigation);
        Assert.Equal(("chat1:6", "Pricing", "https://www.example.com/pricing"), (navigation.MsgId, navigation.Title, navigation.Page));

        var started = Read<CobrowsingStartedEvent>(SeedExamples.ClientCobrowsingStarted);
        Assert.Equal(("surfly", "https://cobrowse.example.com/s/1"), (started.ProviderType, started.CobrowsingUrl));
        Assert.Equal("chat1:11", Read<CobrowsingRequestedEvent>(SeedExamples.ServerCobrowsingRequested).MsgId);
    }

    [Fact]
    public void ReadEvent_Status_ReadsStateAndStringEwt()
    {
        var status = Read<StatusEvent>(SeedExamples.ServerStatus);
        Assert.Equal((ChatState.Queued, 30), (status.State, status.Ewt));
    }

    [Fact]
    public void ReadEvent_PartyEvents_ReadFieldsAndMillisecondTimestamps()
    {
        var joined = Read<PartyJoinedEvent>(SeedExamples.ServerPartyJoined);
        Assert.Equal(("agent1", "Ann", "Lee", "Ann L.", "internal"), (joined.PartyId, joined.FirstName, joined.LastName, joined.DisplayName, joined.Type));
        Assert.Equal(Ms, joined.Timestamp);

        var left = Read<PartyLeftEvent>(SeedExamples.ServerPartyLeft);
        Assert.Equal(("agent1", Ms), (left.PartyId, left.Timestamp));
    }

    [Fact]
    public void ReadEvent_ServerMessageAndReceipts_ReadPartyAndTimestamps()
    {
        var message = Read<MessageEvent>(SeedExamples.ServerMessage);
        Assert.Equal(("agent1", "chat1:7", "How can I help?", Ms), (message.PartyId, message.MsgId, message.Msg, message.Timestamp));

        var delivered = Read<MessageDeliveredEvent>(SeedExamples.ServerMessageDelivered);
        Assert.Equal(("agent1", "chat1:1", Seconds), (delivered.PartyId, delivered.RefMsgId, delivered.Timestamp));
        var read = Read<MessageReadEvent>(SeedExamples.ServerMessageRead);
        Assert.Equal(("agent1", Seconds), (read.PartyId, read.Timestamp));
        Assert.Equal("agent1", Read<TypingEvent>(SeedExamples.ServerTyping).PartyId);
        Assert.Equal(Seconds, Read<NotTypingEvent>(SeedExamples.ServerNotTyping).Timestamp);
    }

    [Fact]
    public void ReadEvent_Forms_ReadFields()
    {
        var show = Read<FormShowEvent>(SeedExamples.ServerFormShow);
        Assert.Equal(("f1", "survey", 60), (show.FormRequestId, show.FormName, show.FormTimeout));

        var secure = Read<SecureFormShowEvent>(SeedExamples.ServerSecureFormShow);
        Assert.Equal(("f2", "card"), (secure.FormRequestId, secure.FormId));
    }

    [Fact]
    public void ReadEvent_TimeoutsIncludingMisspelledName_ReadMessages()
    {
        Assert.Equal("Are you still there?", Read<TimeoutWarningEvent>(SeedExamples.ServerTimeoutWarning).Msg);
        var misspelled = Read<InactivityTimeoutEvent>(SeedExamples.ServerInactivityTimeout);
        Assert.Equal(("Chat closed due to inactivity", Ms), (misspelled.Msg, misspelled.Timestamp));
        Assert.Equal("x", Read<InactivityTimeoutEvent>("""{"event":"chat_session_inactivity_timeout","msg":"x"}""").Msg);
    }

    [Fact]
    public void ReadEvent_CaseSet_ReadsCaseId()
    {
        Assert.Equal("case-42", Read<CaseSetEvent>(SeedExamples.ServerCaseSet).CaseId);
    }

    [Theory]
    [InlineData("1700000000", 1_700_000_000_000L)]
    [InlineData("\"1700000000\"", 1_700_000_000_000L)]
    [InlineData("1700000000123", 1_700_000_000_123L)]
    [InlineData("\"1700000000123\"", 1_700_000_000_123L)]
    [InlineData("1700000000.5", 1_700_000_000_500L)]
    [InlineData("\"2023-11-14T22:13:20Z\"", 1_700_000_000_000L)]
    public void ReadEvent_TimestampInSecondsOrMilliseconds_ReadsSameInstantKind(string raw, long expectedMs)
    {
        var e = Read($$"""{"event":"chat_session_typing","timestamp":{{raw}}}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMs), e.Timestamp);
    }

    [Fact]
    public void ReadEvent_EventNameNotFirst_DispatchesOnIt()
    {
        var e = Read<MessageEvent>("""{"msg":"hi","party_id":"p","event":"chat_session_message"}""");
        Assert.Equal(("hi", "p"), (e.Msg, e.PartyId));
    }

    [Fact]
    public void ReadEvent_MissingOptionalAndPlaceholderValues_ReadsNulls()
    {
        var status = Read<StatusEvent>("""{"event":"chat_session_status","state":"connected","ewt":"<estimated waiting time>","timestamp":"soon"}""");
        Assert.Equal(ChatState.Connected, status.State);
        Assert.Null(status.Ewt);
        Assert.Null(status.Timestamp);

        var joined = Read<PartyJoinedEvent>("""{"event":"chat_session_party_joined","party_id":"p"}""");
        Assert.Null(joined.FirstName);
        Assert.Null(joined.Timestamp);
    }

    [Fact]
    public void ReadEvent_UnknownName_KeepsRawJsonAfterDocumentDisposed()
    {
        ChatEvent e;
        using (var document = JsonDocument.Parse("""{"event":"chat_session_future","x":1}"""))
            e = ChatEventJson.ReadEvent(document.RootElement);

        var unknown = Assert.IsType<UnknownEvent>(e);
        Assert.Equal("chat_session_future", unknown.EventName);
        Assert.Equal(1, unknown.Raw.GetProperty("x").GetInt32());
    }

    [Fact]
    public void ReadSignal_AllSeedTypes_ReadTyped()
    {
        static SignalingMessage Signal(string json)
        {
            using var document = JsonDocument.Parse(json);
            return ChatEventJson.ReadSignal(document.RootElement);
        }

        Assert.True(Assert.IsType<RequestCallSignal>(Signal(SeedExamples.SignalRequestCall)).OfferVideo);
        var rejected = Assert.IsType<CallRejectedSignal>(Signal(SeedExamples.SignalCallRejected));
        Assert.Equal(("486", "Busy"), (rejected.ReasonCode, rejected.Reason));
        Assert.Equal("v=0 o=- 1 1 IN IP4 127.0.0.1", Assert.IsType<OfferCallSignal>(Signal(SeedExamples.SignalOfferCall)).Sdp);
        Assert.Equal("v=0 o=- 2 2 IN IP4 127.0.0.1", Assert.IsType<AnswerCallSignal>(Signal(SeedExamples.SignalAnswerCall)).Sdp);
        Assert.Equal(1, Assert.IsType<IceCandidateSignal>(Signal(SeedExamples.SignalIceCandidate)).SdpMLineIndex);
        Assert.IsType<EndCallSignal>(Signal(SeedExamples.SignalEndCall));
        var unknown = Assert.IsType<UnknownSignal>(Signal("""{"type":"HOLD_CALL"}"""));
        Assert.Equal("HOLD_CALL", unknown.Type);
    }

    [Fact]
    public void ReadSignal_StringThatIsNotJson_KeepsTextAsUnknown()
    {
        using var document = JsonDocument.Parse("\"not json\"");

        var signal = Assert.IsType<UnknownSignal>(ChatEventJson.ReadSignal(document.RootElement));

        Assert.Equal("not json", signal.RawJson);
    }

    [Fact]
    public void ReadEvents_AllSeedServerEvents_ReadsEveryOneInOrder()
    {
        var body = SeedExamples.EventsBody(SeedExamples.ServerStatus, SeedExamples.ServerEnded, SeedExamples.ServerPartyJoined,
            SeedExamples.ServerPartyLeft, SeedExamples.ServerMessage, SeedExamples.ServerMessageDelivered, SeedExamples.ServerMessageRead,
            SeedExamples.ServerTyping, SeedExamples.ServerNotTyping, SeedExamples.ServerFormShow, SeedExamples.ServerSecureFormShow,
            SeedExamples.ServerTimeoutWarning, SeedExamples.ServerInactivityTimeout, SeedExamples.ServerSignaling, SeedExamples.ServerFile,
            SeedExamples.ServerLocation, SeedExamples.ServerCobrowsingRequested, SeedExamples.ServerCaseSet);

        var events = ChatEventJson.ReadEvents(Encoding.UTF8.GetBytes(body));

        Assert.Equal(
            [typeof(StatusEvent), typeof(EndedEvent), typeof(PartyJoinedEvent), typeof(PartyLeftEvent), typeof(MessageEvent),
             typeof(MessageDeliveredEvent), typeof(MessageReadEvent), typeof(TypingEvent), typeof(NotTypingEvent), typeof(FormShowEvent),
             typeof(SecureFormShowEvent), typeof(TimeoutWarningEvent), typeof(InactivityTimeoutEvent), typeof(SignalingEvent),
             typeof(FileEvent), typeof(LocationEvent), typeof(CobrowsingRequestedEvent), typeof(CaseSetEvent)],
            events.Select(e => e.GetType()));
        Assert.Equal(0, ChatEventJson.CountUnknown(events));
    }

    [Fact]
    public void ReadEvents_EventsNotFirstProperty_FindsArray()
    {
        var events = ChatEventJson.ReadEvents("""{"meta":{"a":[1,2]},"events":[{"event":"chat_session_ended"}],"more":true}"""u8);

        Assert.IsType<EndedEvent>(Assert.Single(events));
    }

    [Theory]
    [InlineData("[1]", "expected an object with 'events' array at byte 0")]
    [InlineData("{\"events\":{}}", "expected 'events' to be an array at byte 10")]
    [InlineData("{\"events\":[1]}", "expected event #0 to be an object at byte 11")]
    [InlineData("{\"events\":[{\"msg\":\"x\"}]}", "expected event #0 to have an 'event' name at byte 11")]
    [InlineData("{\"events\":[{\"event\":", "invalid JSON at byte")]
    public void ReadEvents_WrongShape_ThrowsNamingWhatAndWhere(string body, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => ChatEventJson.ReadEvents(Encoding.UTF8.GetBytes(body)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
