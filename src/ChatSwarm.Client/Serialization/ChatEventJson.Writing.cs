using System.Globalization;
using System.Text.Json;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Client.Serialization;

public static partial class ChatEventJson
{
    /// <summary>
    /// Writes one event object in the reference's format: <c>event</c> first, then the documented fields in the
    /// documented order, absent optional fields left out. Latitude, longitude and <c>ewt</c> are written as strings and
    /// signaling <c>data</c> as a JSON string, as the reference shows them. A timestamp, when set, is written in the
    /// unit the reference gives for that event (milliseconds for messages, joins, leaves and timeouts; seconds otherwise).
    /// </summary>
    public static void WriteEvent(Utf8JsonWriter writer, ChatEvent chatEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(chatEvent);
        if (chatEvent is UnknownEvent unknown)
        {
            unknown.Raw.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("event"u8, chatEvent.EventName);
        var timestampInMilliseconds = false;
        switch (chatEvent)
        {
            case MessageEvent message:
                WriteOptional(writer, "party_id"u8, message.PartyId);
                WriteOptional(writer, "msg_id"u8, message.MsgId);
                writer.WriteString("msg"u8, message.Msg);
                WriteOptional(writer, "channel"u8, message.Channel);
                timestampInMilliseconds = true;
                break;
            case MessageDeliveredEvent delivered:
                WriteOptional(writer, "party_id"u8, delivered.PartyId);
                writer.WriteString("ref_msg_id"u8, delivered.RefMsgId);
                break;
            case MessageReadEvent read:
                WriteOptional(writer, "party_id"u8, read.PartyId);
                writer.WriteString("ref_msg_id"u8, read.RefMsgId);
                break;
            case TypingEvent typing:
                WriteOptional(writer, "party_id"u8, typing.PartyId);
                break;
            case NotTypingEvent notTyping:
                WriteOptional(writer, "party_id"u8, notTyping.PartyId);
                break;
            case FormDataEvent form:
                WriteForm(writer, form.FormRequestId, form.FormName, form.Data);
                break;
            case SecureFormDataEvent secureForm:
                WriteForm(writer, secureForm.FormRequestId, secureForm.FormName, secureForm.Data);
                break;
            case SecureFormCancelEvent cancel:
                writer.WriteString("form_request_id"u8, cancel.FormRequestId);
                break;
            case SignalingEvent signaling:
                WriteOptional(writer, "msg_id"u8, signaling.MsgId);
                WriteOptional(writer, "destination_party_id"u8, signaling.DestinationPartyId);
                writer.WriteString("data"u8, WriteSignal(signaling.Message));
                break;
            case FileEvent file:
                WriteOptional(writer, "party_id"u8, file.PartyId);
                WriteOptional(writer, "msg_id"u8, file.MsgId);
                writer.WriteString("file_type"u8, file.FileType);
                writer.WriteString("file_id"u8, file.FileId);
                break;
            case LocationEvent location:
                WriteOptional(writer, "msg_id"u8, location.MsgId);
                WriteOptional(writer, "url"u8, location.Url);
                writer.WriteString("latitude"u8, location.Latitude.ToString("R", CultureInfo.InvariantCulture));
                writer.WriteString("longitude"u8, location.Longitude.ToString("R", CultureInfo.InvariantCulture));
                break;
            case NavigationEvent navigation:
                WriteOptional(writer, "msg_id"u8, navigation.MsgId);
                WriteOptional(writer, "title"u8, navigation.Title);
                writer.WriteString("page"u8, navigation.Page);
                break;
            case CobrowsingStartedEvent cobrowsing:
                WriteOptional(writer, "provider_type"u8, cobrowsing.ProviderType);
                WriteOptional(writer, "cobrowsing_url"u8, cobrowsing.CobrowsingUrl);
                break;
            case StatusEvent status:
                writer.WriteString("state"u8, FormatState(status.State));
                if (status.Ewt is { } ewt) writer.WriteString("ewt"u8, ewt.ToString(CultureInfo.InvariantCulture));
                break;
            case PartyJoinedEvent joined:
                writer.WriteString("party_id"u8, joined.PartyId);
                WriteOptional(writer, "first_name"u8, joined.FirstName);
                WriteOptional(writer, "last_name"u8, joined.LastName);
                WriteOptional(writer, "display_name"u8, joined.DisplayName);
                WriteOptional(writer, "type"u8, joined.Type);
                timestampInMilliseconds = true;
                break;
            case PartyLeftEvent left:
                writer.WriteString("party_id"u8, left.PartyId);
                timestampInMilliseconds = true;
                break;
            case FormShowEvent formShow:
                writer.WriteString("form_request_id"u8, formShow.FormRequestId);
                writer.WriteString("form_name"u8, formShow.FormName);
                if (formShow.FormTimeout is { } formTimeout) writer.WriteNumber("form_timeout"u8, formTimeout);
                break;
            case SecureFormShowEvent secureFormShow:
                writer.WriteString("form_request_id"u8, secureFormShow.FormRequestId);
                writer.WriteString("form_id"u8, secureFormShow.FormId);
                break;
            case TimeoutWarningEvent warning:
                WriteOptional(writer, "msg"u8, warning.Msg);
                timestampInMilliseconds = true;
                break;
            case InactivityTimeoutEvent inactivity:
                WriteOptional(writer, "msg"u8, inactivity.Msg);
                timestampInMilliseconds = true;
                break;
            case CobrowsingRequestedEvent requested:
                WriteOptional(writer, "msg_id"u8, requested.MsgId);
                break;
            case CaseSetEvent caseSet:
                writer.WriteString("case_id"u8, caseSet.CaseId);
                break;
        }

        if (chatEvent.Timestamp is { } timestamp)
        {
            var ms = timestamp.ToUnixTimeMilliseconds();
            writer.WriteNumber("timestamp"u8, timestampInMilliseconds ? ms : ms / 1000);
        }
        writer.WriteEndObject();
    }

    private static void WriteForm(Utf8JsonWriter writer, string requestId, string formName, IReadOnlyDictionary<string, string> data)
    {
        writer.WriteString("form_request_id"u8, requestId);
        writer.WriteString("form_name"u8, formName);
        writer.WritePropertyName("data"u8);
        writer.WriteStartObject();
        foreach (var pair in data) writer.WriteString(pair.Key, pair.Value);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
