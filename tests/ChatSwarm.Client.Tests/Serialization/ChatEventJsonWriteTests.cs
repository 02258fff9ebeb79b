using System.Text;
using System.Text.Json;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Client.Signaling;

namespace ChatSwarm.Client.Tests.Serialization;

/// <summary>The writer produces the reference's client-event formats exactly, and what it writes reads back equal.</summary>
public sealed class ChatEventJsonWriteTests
{
    private static string Write(ChatEvent e) => Encoding.UTF8.GetString(ChatEventJson.WriteEvent(e));

    public static TheoryData<ChatEvent, string> ClientEvents() => new()
    {
        { new MessageEvent { MsgId = "c:1", Msg = "Hello", Channel = "web" }, """{"event":"chat_session_message","msg_id":"c:1","msg":"Hello","channel":"web"}""" },
        { new MessageDeliveredEvent { RefMsgId = "c:2" }, """{"event":"chat_session_message_delivered","ref_msg_id":"c:2"}""" },
        { new MessageReadEvent { RefMsgId = "c:2" }, """{"event":"chat_session_message_read","ref_msg_id":"c:2"}""" },
        { new TypingEvent(), """{"event":"chat_session_typing"}""" },
        { new NotTypingEvent(), """{"event":"chat_session_not_typing"}""" },
        { new FormDataEvent { FormRequestId = "f1", FormName = "survey", Data = new Dictionary<string, string> { ["param1"] = "value1" } },
            """{"event":"chat_session_form_data","form_request_id":"f1","form_name":"survey","data":{"param1":"value1"}}""" },
        { new SecureFormDataEvent { FormRequestId = "f2", FormName = "card", Data = new Dictionary<string, string> { ["param1"] = "value1" } },
            """{"event":"chat_session_secure_form_data","form_request_id":"f2","form_name":"card","data":{"param1":"value1"}}""" },
        { new SecureFormCancelEvent { FormRequestId = "f2" }, """{"event":"chat_session_secure_form_cancel","form_request_id":"f2"}""" },
        { new EndEvent(), """{"event":"chat_session_end"}""" },
        { new DisconnectEvent(), """{"event":"chat_session_disconnect"}""" },
        { new SignalingEvent { MsgId = "c:3", DestinationPartyId = "a1", Message = new AnswerCallSignal { Sdp = "v=0" } },
            """{"event":"chat_session_signaling","msg_id":"c:3","destination_party_id":"a1","data":"{\"type\":\"ANSWER_CALL\",\"sdp\":\"v=0\"}"}""" },
        { new FileEvent { MsgId = "c:4", FileType = "image", FileId = "f" }, """{"event":"chat_session_file","msg_id":"c:4","file_type":"image","file_id":"f"}""" },
        { new LocationEvent { MsgId = "c:5", Url = "https://m/", Latitude = 59.3, Longitude = -18.25 },
            """{"event":"chat_session_location","msg_id":"c:5","url":"https://m/","latitude":"59.3","longitude":"-18.25"}""" },
        { new NavigationEvent { MsgId = "c:6", Title = "Pricing", Page = "/pricing" }, """{"event":"chat_session_navigation","msg_id":"c:6","title":"Pricing","page":"/pricing"}""" },
        { new CobrowsingRejectedEvent(), """{"event":"chat_session_cobrowsing_rejected"}""" },
        { new CobrowsingStartedEvent { ProviderType = "p", CobrowsingUrl = "https://c/" }, """{"event":"chat_session_cobrowsing_started","provider_type":"p","cobrowsing_url":"https://c/"}""" },
        { new CobrowsingEndedEvent(), """{"event":"chat_session_cobrowsing_ended"}""" },
    };

    [Theory]
    [MemberData(nameof(ClientEvents))]
    public void WriteEvent_ClientEvent_ProducesSeedFormat(ChatEvent chatEvent, string expected)
    {
        Assert.Equal(expected, Write(chatEvent));
    }

    [Fact]
    public void WriteSignal_EverySeedType_ProducesSeedFormat()
    {
        Assert.Equal("""{"type":"REQUEST_CALL","offerVideo":"false"}""", ChatEventJson.WriteSignal(new RequestCallSignal()));
        Assert.Equal("""{"type":"CALL_REJECTED","reason_code":"486","reason":"Busy"}""", ChatEventJson.WriteSignal(new CallRejectedSignal { ReasonCode = "486", Reason = "Busy" }));
        Assert.Equal("""{"type":"OFFER_CALL","offerVideo":"true","sdp":"s"}""", ChatEventJson.WriteSignal(new OfferCallSignal { OfferVideo = true, Sdp = "s" }));
        Assert.Equal("""{"type":"ICE_CANDIDATE","sdpMid":"0","sdpMLineIndex":"1","candidate":"c"}""",
            ChatEventJson.WriteSignal(new IceCandidateSignal { SdpMid = "0", SdpMLineIndex = 1, Candidate = "c" }));
        Assert.Equal("""{"type":"END_CALL"}""", ChatEventJson.WriteSignal(new EndCallSignal()));
    }

    [Fact]
    public void WriteEvent_ServerEventsWithTimestamps_UseTheReferenceUnitPerEvent()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

        Assert.Equal("""{"event":"chat_session_message","party_id":"a","msg_id":"c:7","msg":"Hi","timestamp":1700000000123}""",
            Write(new MessageEvent { PartyId = "a", MsgId = "c:7", Msg = "Hi", Timestamp = at }));
        Assert.Equal("""{"event":"chat_session_message_delivered","party_id":"a","ref_msg_id":"c:1","timestamp":1700000000}""",
            Write(new MessageDeliveredEvent { PartyId = "a", RefMsgId = "c:1", Timestamp = at }));
        Assert.Equal("""{"event":"chat_session_status","state":"queued","ewt":"30"}""",
            Write(new StatusEvent { State = ChatState.Queued, Ewt = 30 }));
    }

    [Fact]
    public void WriteEvent_NonAsciiText_IsWrittenUnescaped()
    {
        Assert.Equal("""{"event":"chat_session_message","msg":"Привет <b>"}""", Write(new MessageEvent { Msg = "Привет <b>" }));
    }

    public static TheoryData<ChatEvent> ServerEvents() => new()
    {
        new StatusEvent { State = ChatState.Connected, Ewt = 5 },
        new EndedEvent(),
        new PartyJoinedEvent { PartyId = "a", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann L.", Type = "internal", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123) },
        new PartyLeftEvent { PartyId = "a", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123) },
        new MessageEvent { PartyId = "a", MsgId = "m", Msg = "x", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123) },
        new TypingEvent { PartyId = "a", Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) },
        new FormShowEvent { FormRequestId = "f", FormName = "n", FormTimeout = 60 },
        new SecureFormShowEvent { FormRequestId = "f", FormId = "card" },
        new TimeoutWarningEvent { Msg = "w" },
        new InactivityTimeoutEvent { Msg = "bye" },
        new SignalingEvent { MsgId = "s", Message = new OfferCallSignal { OfferVideo = true, Sdp = "v=0" } },
        new FileEvent { PartyId = "a", MsgId = "m", FileId = "f", FileType = "attachment" },
        new LocationEvent { Latitude = 1.5, Longitude = 2.25 },
        new CobrowsingRequestedEvent { MsgId = "m" },
        new CaseSetEvent { CaseId = "case", Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) },
    };

    [Theory]
    [MemberData(nameof(ServerEvents))]
    public void WriteEvent_ThenReadEvent_RoundTripsEqual(ChatEvent chatEvent)
    {
        using var document = JsonDocument.Parse(ChatEventJson.WriteEvent(chatEvent));

        Assert.Equal(chatEvent, ChatEventJson.ReadEvent(document.RootElement));
    }

    [Fact]
    public void WriteEventsBody_WithUnknownEvent_WritesRawJsonBack()
    {
        using var document = JsonDocument.Parse("""{"event":"chat_session_future","x":[1,2]}""");
        var unknown = new UnknownEvent { Name = "chat_session_future", Raw = document.RootElement.Clone() };

        var body = Encoding.UTF8.GetString(ChatEventJson.WriteEventsBody([unknown, new EndEvent()]));

        Assert.Equal("""{"events":[{"event":"chat_session_future","x":[1,2]},{"event":"chat_session_end"}]}""", body);
    }

    [Fact]
    public void WriteEventsBody_ThenReadEvents_RoundTrips()
    {
        var events = new ChatEvent[] { new MessageEvent { MsgId = "1", Msg = "a" }, new EndEvent() };

        var read = ChatEventJson.ReadEvents(ChatEventJson.WriteEventsBody(events));

        Assert.Equal(events, read);
    }
}
