using System.Buffers;
using System.Text.Json;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>Writes server events as UTF-8 JSON once, so polls and history just copy bytes.</summary>
internal static class EventJson
{
    public static byte[] Write<TState>(string eventName, TState state, Action<Utf8JsonWriter, TState> body)
    {
        var buffer = new ArrayBufferWriter<byte>(192);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("event"u8, eventName);
            body(w, state);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Status(ChatState state, int? ewtSeconds) => Write("chat_session_status", (state, ewtSeconds), static (w, s) =>
    {
        w.WriteString("state"u8, s.state.Wire());
        if (s.ewtSeconds is { } e) w.WriteString("ewt"u8, e.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    public static byte[] PartyTimestamped(string eventName, string partyId, long timestamp) => Write(eventName, (partyId, timestamp), static (w, s) =>
    {
        w.WriteString("party_id"u8, s.partyId);
        w.WriteNumber("timestamp"u8, s.timestamp);
    });

    public static byte[] PartyJoined(string partyId, string first, string last, string display, long timestampMs) =>
        Write("chat_session_party_joined", (partyId, first, last, display, timestampMs), static (w, s) =>
        {
            w.WriteString("party_id"u8, s.partyId);
            w.WriteString("first_name"u8, s.first);
            w.WriteString("last_name"u8, s.last);
            w.WriteString("display_name"u8, s.display);
            w.WriteString("type"u8, "internal");
            w.WriteNumber("timestamp"u8, s.timestampMs);
        });

    public static byte[] Message(string partyId, string msgId, string text, long timestampMs) =>
        Write("chat_session_message", (partyId, msgId, text, timestampMs), static (w, s) =>
        {
            w.WriteString("party_id"u8, s.partyId);
            w.WriteString("msg_id"u8, s.msgId);
            w.WriteString("msg"u8, s.text);
            w.WriteNumber("timestamp"u8, s.timestampMs);
        });

    public static byte[] Receipt(string eventName, string partyId, string refMsgId, long timestampSec) =>
        Write(eventName, (partyId, refMsgId, timestampSec), static (w, s) =>
        {
            w.WriteString("party_id"u8, s.partyId);
            w.WriteString("ref_msg_id"u8, s.refMsgId);
            w.WriteNumber("timestamp"u8, s.timestampSec);
        });

    public static byte[] FormShow(string requestId, string formName, int timeoutSeconds, long timestampSec) =>
        Write("chat_session_form_show", (requestId, formName, timeoutSeconds, timestampSec), static (w, s) =>
        {
            w.WriteString("form_request_id"u8, s.requestId);
            w.WriteString("form_name"u8, s.formName);
            w.WriteString("form_timeout"u8, s.timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("timestamp"u8, s.timestampSec);
        });

    public static byte[] SecureFormShow(string requestId, string formId, long timestampSec) =>
        Write("chat_session_secure_form_show", (requestId, formId, timestampSec), static (w, s) =>
        {
            w.WriteString("form_request_id"u8, s.requestId);
            w.WriteString("form_id"u8, s.formId);
            w.WriteNumber("timestamp"u8, s.timestampSec);
        });

    public static byte[] File(string partyId, string msgId, string fileId, string fileType, long timestampSec) =>
        Write("chat_session_file", (partyId, msgId, fileId, fileType, timestampSec), static (w, s) =>
        {
            w.WriteString("party_id"u8, s.partyId);
            w.WriteString("msg_id"u8, s.msgId);
            w.WriteString("file_id"u8, s.fileId);
            w.WriteString("file_type"u8, s.fileType);
            w.WriteNumber("timestamp"u8, s.timestampSec);
        });

    public static byte[] CaseSet(string caseId, long timestampSec) => Write("chat_session_case_set", (caseId, timestampSec), static (w, s) =>
    {
        w.WriteString("case_id"u8, s.caseId);
        w.WriteNumber("timestamp"u8, s.timestampSec);
    });

    public static byte[] TextNotice(string eventName, string text, long timestampMs) => Write(eventName, (text, timestampMs), static (w, s) =>
    {
        w.WriteString("msg"u8, s.text);
        w.WriteNumber("timestamp"u8, s.timestampMs);
    });

    public static byte[] Bare(string eventName) => Write(eventName, 0, static (_, _) => { });
}
