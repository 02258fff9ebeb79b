using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatSwarm.Client.Signaling;
using static ChatSwarm.Client.Serialization.TolerantJson;

namespace ChatSwarm.Client.Serialization;

public static partial class ChatEventJson
{
    /// <summary>
    /// Reads the <c>data</c> of <c>chat_session_signaling</c>, given either as a JSON string holding the signaling
    /// object (as the reference shows) or as the object itself. Unknown types, and strings that are not JSON, give
    /// an <see cref="UnknownSignal"/>.
    /// </summary>
    public static SignalingMessage ReadSignal(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.String)
        {
            var text = data.GetString() ?? string.Empty;
            try
            {
                using var document = JsonDocument.Parse(text, DocumentOptions);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    ? ReadSignalObject(document.RootElement, text)
                    : new UnknownSignal { Name = string.Empty, RawJson = text };
            }
            catch (JsonException)
            {
                return new UnknownSignal { Name = string.Empty, RawJson = text };
            }
        }

        if (data.ValueKind == JsonValueKind.Object) return ReadSignalObject(data, null);
        return new UnknownSignal { Name = string.Empty, RawJson = data.ValueKind == JsonValueKind.Undefined ? string.Empty : data.GetRawText() };
    }

    /// <summary>Serializes a signaling message as its JSON object text (the form carried in the event's <c>data</c> string).</summary>
    public static string WriteSignal(SignalingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is UnknownSignal unknown) return unknown.RawJson;
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, message.Type);
            switch (message)
            {
                case RequestCallSignal request:
                    writer.WriteString("offerVideo"u8, FormatBool(request.OfferVideo));
                    break;
                case CallRejectedSignal rejected:
                    WriteOptional(writer, "reason_code"u8, rejected.ReasonCode);
                    WriteOptional(writer, "reason"u8, rejected.Reason);
                    break;
                case OfferCallSignal offer:
                    writer.WriteString("offerVideo"u8, FormatBool(offer.OfferVideo));
                    WriteOptional(writer, "sdp"u8, offer.Sdp);
                    break;
                case AnswerCallSignal answer:
                    WriteOptional(writer, "sdp"u8, answer.Sdp);
                    break;
                case IceCandidateSignal candidate:
                    WriteOptional(writer, "sdpMid"u8, candidate.SdpMid);
                    writer.WriteString("sdpMLineIndex"u8, candidate.SdpMLineIndex.ToString(CultureInfo.InvariantCulture));
                    WriteOptional(writer, "candidate"u8, candidate.Candidate);
                    break;
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static SignalingMessage ReadSignalObject(JsonElement signal, string? rawText)
    {
        var type = GetString(signal, "type") ?? string.Empty;
        return type.ToUpperInvariant() switch
        {
            "REQUEST_CALL" => new RequestCallSignal { OfferVideo = GetBool(signal, "offerVideo") ?? false },
            "CALL_REJECTED" => new CallRejectedSignal
            {
                ReasonCode = GetString(signal, "reason_code"),
                Reason = GetString(signal, "reason"),
            },
            "OFFER_CALL" => new OfferCallSignal
            {
                OfferVideo = GetBool(signal, "offerVideo") ?? false,
                Sdp = GetString(signal, "sdp"),
            },
            "ANSWER_CALL" => new AnswerCallSignal { Sdp = GetString(signal, "sdp") },
            "ICE_CANDIDATE" => new IceCandidateSignal
            {
                SdpMid = GetString(signal, "sdpMid"),
                SdpMLineIndex = GetInt(signal, "sdpMLineIndex") ?? 0,
                Candidate = GetString(signal, "candidate"),
            },
            "END_CALL" => new EndCallSignal(),
            _ => new UnknownSignal { Name = type, RawJson = rawText ?? signal.GetRawText() },
        };
    }

    private static string FormatBool(bool value) => value ? "true" : "false";
}
