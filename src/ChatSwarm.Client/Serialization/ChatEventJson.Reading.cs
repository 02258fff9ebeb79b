using System.Text.Json;
using ChatSwarm.Client.Events;
using static ChatSwarm.Client.Serialization.TolerantJson;

namespace ChatSwarm.Client.Serialization;

public static partial class ChatEventJson
{
    /// <summary>
    /// Reads one event object, dispatching on its <c>event</c> property wherever it stands. Missing optional fields
    /// stay null; missing required text reads as empty; an unknown name gives an <see cref="UnknownEvent"/> holding a
    /// clone of <paramref name="element"/>.
    /// </summary>
    public static ChatEvent ReadEvent(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw Malformed($"expected an event object, got {element.ValueKind}");
        var name = GetString(element, "event") ?? string.Empty;
        var timestamp = GetTimestamp(element, "timestamp");

        return name switch
        {
            MessageEvent.WireName => new MessageEvent
            {
                Timestamp = timestamp,
                MsgId = GetString(element, "msg_id"),
                Msg = GetString(element, "msg") ?? string.Empty,
                Channel = GetString(element, "channel"),
                PartyId = GetString(element, "party_id"),
            },
            MessageDeliveredEvent.WireName => new MessageDeliveredEvent
            {
                Timestamp = timestamp,
                RefMsgId = GetString(element, "ref_msg_id") ?? string.Empty,
                PartyId = GetString(element, "party_id"),
            },
            MessageReadEvent.WireName => new MessageReadEvent
            {
                Timestamp = timestamp,
                RefMsgId = GetString(element, "ref_msg_id") ?? string.Empty,
                PartyId = GetString(element, "party_id"),
            },
            TypingEvent.WireName => new TypingEvent { Timestamp = timestamp, PartyId = GetString(element, "party_id") },
            NotTypingEvent.WireName => new NotTypingEvent { Timestamp = timestamp, PartyId = GetString(element, "party_id") },
            FormDataEvent.WireName => new FormDataEvent
            {
                Timestamp = timestamp,
                FormRequestId = GetString(element, "form_request_id") ?? string.Empty,
                FormName = GetString(element, "form_name") ?? string.Empty,
                Data = GetStringMap(element, "data"),
            },
            SecureFormDataEvent.WireName => new SecureFormDataEvent
            {
                Timestamp = timestamp,
                FormRequestId = GetString(element, "form_request_id") ?? string.Empty,
                FormName = GetString(element, "form_name") ?? string.Empty,
                Data = GetStringMap(element, "data"),
            },
            SecureFormCancelEvent.WireName => new SecureFormCancelEvent
            {
                Timestamp = timestamp,
                FormRequestId = GetString(element, "form_request_id") ?? string.Empty,
            },
            EndEvent.WireName => new EndEvent { Timestamp = timestamp },
            DisconnectEvent.WireName => new DisconnectEvent { Timestamp = timestamp },
            SignalingEvent.WireName => new SignalingEvent
            {
                Timestamp = timestamp,
                MsgId = GetString(element, "msg_id"),
                DestinationPartyId = GetString(element, "destination_party_id"),
                Message = element.TryGetProperty("data", out var data) ? ReadSignal(data) : ReadSignal(default),
            },
            FileEvent.WireName => new FileEvent
            {
                Timestamp = timestamp,
                MsgId = GetString(element, "msg_id"),
                FileId = GetString(element, "file_id") ?? string.Empty,
                FileType = GetString(element, "file_type") ?? string.Empty,
                PartyId = GetString(element, "party_id"),
            },
            LocationEvent.WireName => new LocationEvent
            {
                Timestamp = timestamp,
                MsgId = GetString(element, "msg_id"),
                Url = GetString(element, "url"),
                Latitude = GetDouble(element, "latitude") ?? 0,
                Longitude = GetDouble(element, "longitude") ?? 0,
            },
            NavigationEvent.WireName => new NavigationEvent
            {
                Timestamp = timestamp,
                MsgId = GetString(element, "msg_id"),
                Title = GetString(element, "title"),
                Page = GetString(element, "page") ?? string.Empty,
            },
            CobrowsingRejectedEvent.WireName => new CobrowsingRejectedEvent { Timestamp = timestamp },
            CobrowsingStartedEvent.WireName => new CobrowsingStartedEvent
            {
                Timestamp = timestamp,
                ProviderType = GetString(element, "provider_type"),
                CobrowsingUrl = GetString(element, "cobrowsing_url"),
            },
            CobrowsingEndedEvent.WireName => new CobrowsingEndedEvent { Timestamp = timestamp },
            StatusEvent.WireName => new StatusEvent
            {
                Timestamp = timestamp,
                State = ParseState(GetString(element, "state")),
                Ewt = GetInt(element, "ewt"),
            },
            EndedEvent.WireName => new EndedEvent { Timestamp = timestamp },
            PartyJoinedEvent.WireName => new PartyJoinedEvent
            {
                Timestamp = timestamp,
                PartyId = GetString(element, "party_id") ?? string.Empty,
                FirstName = GetString(element, "first_name"),
                LastName = GetString(element, "last_name"),
                DisplayName = GetString(element, "display_name"),
                Type = GetString(element, "type"),
            },
            PartyLeftEvent.WireName => new PartyLeftEvent { Timestamp = timestamp, PartyId = GetString(element, "party_id") ?? string.Empty },
            FormShowEvent.WireName => new FormShowEvent
            {
                Timestamp = timestamp,
                FormRequestId = GetString(element, "form_request_id") ?? string.Empty,
                FormName = GetString(element, "form_name") ?? string.Empty,
                FormTimeout = GetInt(element, "form_timeout"),
            },
            SecureFormShowEvent.WireName => new SecureFormShowEvent
            {
                Timestamp = timestamp,
                FormRequestId = GetString(element, "form_request_id") ?? string.Empty,
                FormId = GetString(element, "form_id") ?? string.Empty,
            },
            TimeoutWarningEvent.WireName => new TimeoutWarningEvent { Timestamp = timestamp, Msg = GetString(element, "msg") },
            InactivityTimeoutEvent.WireName or MisspelledInactivityTimeoutName => new InactivityTimeoutEvent { Timestamp = timestamp, Msg = GetString(element, "msg") },
            CobrowsingRequestedEvent.WireName => new CobrowsingRequestedEvent { Timestamp = timestamp, MsgId = GetString(element, "msg_id") },
            CaseSetEvent.WireName => new CaseSetEvent { Timestamp = timestamp, CaseId = GetString(element, "case_id") ?? string.Empty },
            _ => new UnknownEvent { Timestamp = timestamp, Name = name, Raw = element.Clone() },
        };
    }

    /// <summary>Parses a wire state (<c>ivr</c>, <c>queued</c>, <c>connecting</c>, <c>connected</c>, <c>failed</c>, <c>completed</c>; any case); anything else is <see cref="ChatState.Unknown"/>.</summary>
    public static ChatState ParseState(string? state) => state?.ToLowerInvariant() switch
    {
        "ivr" => ChatState.Ivr,
        "queued" => ChatState.Queued,
        "connecting" => ChatState.Connecting,
        "connected" => ChatState.Connected,
        "failed" => ChatState.Failed,
        "completed" => ChatState.Completed,
        _ => ChatState.Unknown,
    };

    /// <summary>The wire name of a state (<c>queued</c> etc.); <see cref="ChatState.Unknown"/> gives <c>unknown</c>.</summary>
    public static string FormatState(ChatState state) => state switch
    {
        ChatState.Ivr => "ivr",
        ChatState.Queued => "queued",
        ChatState.Connecting => "connecting",
        ChatState.Connected => "connected",
        ChatState.Failed => "failed",
        ChatState.Completed => "completed",
        _ => "unknown",
    };
}
