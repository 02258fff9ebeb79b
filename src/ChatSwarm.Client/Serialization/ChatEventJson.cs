using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Client.Serialization;

/// <summary>
/// Reads and writes chat events in the Messaging API v2 wire format. Reading is tolerant (numbers and booleans as
/// strings, timestamps in seconds or milliseconds, the misspelled <c>chat_session_inactvity_timeout</c>, signaling
/// <c>data</c> as a JSON string or an object, unknown events kept as <see cref="UnknownEvent"/>); writing produces
/// the reference's formats exactly. Public so that simulators, tools and tests share one codec.
/// </summary>
public static partial class ChatEventJson
{
    /// <summary>The misspelled name some servers send for <see cref="InactivityTimeoutEvent"/>.</summary>
    public const string MisspelledInactivityTimeoutName = "chat_session_inactvity_timeout";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    // Relaxed escaping keeps non-Latin chat text readable and small on the wire; these bodies are never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads an events body, <c>{"events": [...]}</c> (Get New Chat Events, Get Chat History, Send Events). An empty
    /// body, <c>{}</c> and <c>"events": null</c> read as no events.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON, not an object, its <c>events</c> is not an array, or an
    /// element is not an event object; the message says what was expected and at which byte.</exception>
    public static IReadOnlyList<ChatEvent> ReadEvents(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty) return Array.Empty<ChatEvent>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        try
        {
            if (!reader.Read()) return Array.Empty<ChatEvent>();
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Malformed($"expected an object with 'events' array at byte {reader.TokenStartIndex}");

            IReadOnlyList<ChatEvent> events = Array.Empty<ChatEvent>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEvents = reader.ValueTextEquals("events"u8);
                reader.Read();
                if (!isEvents)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Null) continue;
                if (reader.TokenType != JsonTokenType.StartArray)
                    throw Malformed($"expected 'events' to be an array at byte {reader.TokenStartIndex}");
                events = ReadEventArray(ref reader);
            }

            return events;
        }
        catch (JsonException ex) when (ex is not ShapeException)
        {
            throw Malformed($"invalid JSON at byte {reader.BytesConsumed}: {FirstSentence(ex.Message)}");
        }
    }

    /// <summary>Reads events from an <c>events</c> array element, e.g. a case history session's <c>events</c>.</summary>
    /// <exception cref="JsonException">An element is not an event object.</exception>
    public static IReadOnlyList<ChatEvent> ReadEventArray(JsonElement array)
    {
        if (array.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return Array.Empty<ChatEvent>();
        if (array.ValueKind != JsonValueKind.Array)
            throw Malformed($"expected an events array, got {array.ValueKind}");
        var events = new List<ChatEvent>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String)
                throw Malformed($"expected event #{index} to be an object with an 'event' name");
            events.Add(ReadEvent(element));
            index++;
        }
        return events;
    }

    /// <summary>How many of <paramref name="events"/> are <see cref="UnknownEvent"/>.</summary>
    public static int CountUnknown(IReadOnlyList<ChatEvent> events)
    {
        var count = 0;
        for (var i = 0; i < events.Count; i++)
            if (events[i] is UnknownEvent) count++;
        return count;
    }

    /// <summary>Serializes <paramref name="events"/> as a Send Events body, <c>{"events":[...]}</c>, in UTF-8.</summary>
    public static byte[] WriteEventsBody(IReadOnlyList<ChatEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var buffer = new ArrayBufferWriter<byte>(128 * Math.Max(1, events.Count));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("events"u8);
            writer.WriteStartArray();
            for (var i = 0; i < events.Count; i++) WriteEvent(writer, events[i]);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Serializes one event as a UTF-8 JSON object.</summary>
    public static byte[] WriteEvent(ChatEvent chatEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) WriteEvent(writer, chatEvent);
        return buffer.WrittenSpan.ToArray();
    }

    private static IReadOnlyList<ChatEvent> ReadEventArray(ref Utf8JsonReader reader)
    {
        var events = new List<ChatEvent>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Malformed($"expected event #{index} to be an object at byte {start}");
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (!root.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String)
                throw Malformed($"expected event #{index} to have an 'event' name at byte {start}");
            events.Add(ReadEvent(root));
            index++;
        }
        return events;
    }

    private static ShapeException Malformed(string message) => new(message);

    /// <summary>A well-formed JSON body of the wrong shape; kept apart from the reader's syntax errors, which get a byte position added.</summary>
    private sealed class ShapeException(string message) : JsonException(message);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
