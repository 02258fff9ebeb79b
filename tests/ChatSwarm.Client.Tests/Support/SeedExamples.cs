namespace ChatSwarm.Client.Tests.Support;

/// <summary>
/// The example responses and event formats of messaging-api-v2.md, with the reference's placeholders
/// (<c>"&lt;message id&gt;"</c>) replaced by plausible values and its typos (missing commas, curly quotes) fixed
/// so that they are JSON; the field names, nesting and value kinds are the reference's.
/// </summary>
public static class SeedExamples
{
    public const string CheckAvailability = """
        {
            "chat": "available",
            "ewt": "3"
        }
        """;

    public const string ExpectedParameters = """
        {
            "parameters":[
                {
                    "first_name":"FIRST_NAME"
                },
                {
                    "email":"EMAIL"
                }
            ]
        }
        """;

    public const string RequestChat = """
        {
            "state": "ivr",
            "ewt": "0",
            "chat_id": "d6c1adc2-385b-42e5-9e0a-1883c2bc5f81",
            "is_new_chat": true,
            "phone_number": "16508888888"
        }
        """;

    public const string NotificationSubscription = "{}";

    public const string GetActiveChat = """
        {
            "chat_id":"d6c1adc2-385b-42e5-9e0a-1883c2bc5f81",
            "state":"queued",
            "ewt":"25",
            "phone_number":"16508888888"
        }
        """;

    public const string SendEvents = "";

    public const string UploadFile = """
        {
            "file_id":"8c1d3bf2-0b5e-4d43-a1b7-5d8f0c1c9e11"
        }
        """;

    public const string GetIceServers = """
        {
          "servers":[{
            "url": "stun:stun.example.com:3478",
            "username": "user",
            "credential": "secret"
          }]
        }
        """;

    public const string GetChatWidgetConfiguration = """
        {
          "widgets":[
             {
               "name": "default",
               "urls":["https://www.example.com/", "https://shop.example.com/"],
               "definition": {
                 "contact_tab":{
                   "enabled": true,
                   "location": "bottom_right",
                   "color": "#ffffff",
                   "bg_color": "#0066cc",
                   "font": {
                     "family": "Arial",
                     "size": "12px",
                     "style": "normal",
                     "weight": "bold"
                   },
                   "agents_available_msg": "Chat with us",
                   "agents_not_available_msg": "Leave a message",
                   "out_of_hours_msg": "We are closed",
                   "show_ewt_out_of_hours": false
                 }
               },
               "styles":{
                 "style1":{
                   "contentMargin" : { "margin": "" },
                   "widgetBorder" : { "border": "1px solid #ccc", "border-radius": "" },
                   "widgetBackground": { "background": "url(img.png) #fff repeat-y" },
                   "dialogShadow": { "box-shadow":"" }
                 }
               }
             }
          ]
        }
        """;

    public const string GetCaseHistory = """
        {
            "sessions": [
                {
                    "chat_id":"11111111-0000-0000-0000-000000000001",
                    "created_time":1700000000,
                    "events":[
                        {"event":"chat_session_message","party_id":"p1","msg_id":"11111111:1","msg":"Hello","timestamp":1700000001000}
                    ]
                },
                {
                    "chat_id":"11111111-0000-0000-0000-000000000004",
                    "created_time":1700003600,
                    "events":[]
                }
            ]
        }
        """;

    public const string CloseCase = "{}";

    public const string GetVersion = """
        {
            "server_version": "5.5.6.12345 (Stable)"
        }
        """;

    // Client events (Format blocks of "Client Events").
    public const string ClientMessage = """{"event": "chat_session_message", "msg_id": "chat1:1", "msg": "Hello", "channel": "web"}""";
    public const string ClientMessageDelivered = """{"event": "chat_session_message_delivered", "ref_msg_id": "chat1:2"}""";
    public const string ClientMessageRead = """{"event": "chat_session_message_read", "ref_msg_id": "chat1:2"}""";
    public const string ClientTyping = """{"event": "chat_session_typing"}""";
    public const string ClientNotTyping = """{"event": "chat_session_not_typing"}""";
    public const string ClientFormData = """{"event": "chat_session_form_data", "form_request_id": "f1", "form_name": "survey", "data": {"param1": "value1", "param2": "value2"}}""";
    public const string ClientSecureFormData = """{"event": "chat_session_secure_form_data", "form_request_id": "f2", "form_name": "card", "data": {"param1": "value1"}}""";
    public const string ClientSecureFormCancel = """{"event": "chat_session_secure_form_cancel", "form_request_id": "f2"}""";
    public const string ClientEnd = """{"event": "chat_session_end"}""";
    public const string ClientDisconnect = """{"event": "chat_session_disconnect"}""";
    public const string ClientSignaling = """{"event": "chat_session_signaling", "msg_id": "chat1:3", "destination_party_id": "agent1", "data": "{\"type\":\"REQUEST_CALL\",\"offerVideo\":\"true\"}"}""";
    public const string ClientFile = """{"event": "chat_session_file", "msg_id": "chat1:4", "file_type": "image", "file_id": "file1"}""";
    public const string ClientLocation = """{"event": "chat_session_location", "msg_id": "chat1:5", "url": "https://maps.example.com/?q=59.3,18.1", "latitude": "59.3", "longitude": "18.1"}""";
    public const string ClientNavigation = """{"event": "chat_session_navigation", "msg_id": "chat1:6", "title": "Pricing", "page": "https://www.example.com/pricing"}""";
    public const string ClientCobrowsingRejected = """{"event": "chat_session_cobrowsing_rejected"}""";
    public const string ClientCobrowsingStarted = """{"event": "chat_session_cobrowsing_started", "provider_type": "surfly", "cobrowsing_url": "https://cobrowse.example.com/s/1"}""";
    public const string ClientCobrowsingEnded = """{"event": "chat_session_cobrowsing_ended"}""";

    // Server events (Format blocks of "Server Events").
    public const string ServerStatus = """{"event": "chat_session_status", "state": "queued", "ewt": "30"}""";
    public const string ServerEnded = """{"event": "chat_session_ended"}""";
    public const string ServerPartyJoined = """{"event": "chat_session_party_joined", "party_id": "agent1", "first_name": "Ann", "last_name": "Lee", "display_name": "Ann L.", "type": "internal", "timestamp": "1700000000123"}""";
    public const string ServerPartyLeft = """{"event": "chat_session_party_left", "party_id": "agent1", "timestamp": "1700000000123"}""";
    public const string ServerMessage = """{"event": "chat_session_message", "party_id": "agent1", "msg_id": "chat1:7", "msg": "How can I help?", "timestamp": "1700000000123"}""";
    public const string ServerMessageDelivered = """{"event": "chat_session_message_delivered", "party_id": "agent1", "ref_msg_id": "chat1:1", "timestamp": "1700000000"}""";
    public const string ServerMessageRead = """{"event": "chat_session_message_read", "party_id": "agent1", "ref_msg_id": "chat1:1", "timestamp": "1700000000"}""";
    public const string ServerTyping = """{"event": "chat_session_typing", "party_id": "agent1", "timestamp": "1700000000"}""";
    public const string ServerNotTyping = """{"event": "chat_session_not_typing", "party_id": "agent1", "timestamp": "1700000000"}""";
    public const string ServerFormShow = """{"event": "chat_session_form_show", "form_request_id": "f1", "form_name": "survey", "form_timeout": "60", "timestamp": "1700000000"}""";
    public const string ServerSecureFormShow = """{"event": "chat_session_secure_form_show", "form_request_id": "f2", "form_id": "card", "timestamp": "1700000000"}""";
    public const string ServerTimeoutWarning = """{"event": "chat_session_timeout_warning", "msg": "Are you still there?", "timestamp": "1700000000123"}""";
    public const string ServerInactivityTimeout = """{"event": "chat_session_inactvity_timeout", "msg": "Chat closed due to inactivity", "timestamp": "1700000000123"}""";
    public const string ServerSignaling = """{"event": "chat_session_signaling", "msg_id": "chat1:8", "data": "{\"type\":\"OFFER_CALL\",\"offerVideo\":\"false\",\"sdp\":\"v=0\"}"}""";
    public const string ServerFile = """{"event": "chat_session_file", "party_id": "agent1", "msg_id": "chat1:9", "file_id": "file2", "file_type": "attachment", "timestamp": "1700000000"}""";
    public const string ServerLocation = """{"event": "chat_session_location", "msg_id": "chat1:10", "url": "https://maps.example.com/", "latitude": "59.3", "longitude": "18.1", "timestamp": "1700000000"}""";
    public const string ServerCobrowsingRequested = """{"event": "chat_session_cobrowsing_requested", "msg_id": "chat1:11"}""";
    public const string ServerCaseSet = """{"event": "chat_session_case_set", "case_id": "case-42", "timestamp": "1700000000"}""";

    // Signaling message types.
    public const string SignalRequestCall = """{"type": "REQUEST_CALL", "offerVideo": "true"}""";
    public const string SignalCallRejected = """{"type": "CALL_REJECTED", "reason_code": "486", "reason": "Busy"}""";
    public const string SignalOfferCall = """{"type": "OFFER_CALL", "offerVideo": "false", "sdp": "v=0 o=- 1 1 IN IP4 127.0.0.1"}""";
    public const string SignalAnswerCall = """{"type": "ANSWER_CALL", "sdp": "v=0 o=- 2 2 IN IP4 127.0.0.1"}""";
    public const string SignalIceCandidate = """{"type": "ICE_CANDIDATE", "sdpMid": "0", "sdpMLineIndex": "1", "candidate": "candidate:1 1 UDP 2122252543 127.0.0.1 5000 typ host"}""";
    public const string SignalEndCall = """{"type": "END_CALL"}""";

    public static string EventsBody(params string[] events) => "{\"events\":[" + string.Join(",", events) + "]}";
}
