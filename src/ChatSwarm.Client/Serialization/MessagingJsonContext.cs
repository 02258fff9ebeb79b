using System.Text.Json;
using System.Text.Json.Serialization;
using ChatSwarm.Client.Serialization.Wire;

namespace ChatSwarm.Client.Serialization;

/// <summary>
/// Source-generated (reflection-free) serialization of request bodies and fixed-shape responses. snake_case as on
/// the wire; numbers may arrive as strings (<c>"ewt":"3"</c>); nulls are left out of request bodies because the
/// server treats a present-but-null field differently from an absent one.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ChatRequestBody))]
[JsonSerializable(typeof(NotificationSubscriptionBody))]
[JsonSerializable(typeof(AvailabilityBody))]
[JsonSerializable(typeof(ChatSessionBody))]
[JsonSerializable(typeof(UploadedFileBody))]
[JsonSerializable(typeof(IceServersBody))]
[JsonSerializable(typeof(ServerVersionBody))]
[JsonSerializable(typeof(WidgetConfigurationBody))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class MessagingJsonContext : JsonSerializerContext
{
}
