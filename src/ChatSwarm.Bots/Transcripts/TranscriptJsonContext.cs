using System.Text.Json.Serialization;

namespace ChatSwarm.Bots.Transcripts;

/// <summary>Source-generated snake_case serializer for transcript files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationTranscript))]
internal sealed partial class TranscriptJsonContext : JsonSerializerContext;
