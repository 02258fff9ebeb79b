using System.Text.Json.Serialization;

namespace ChatSwarm.Cluster.Wire;

/// <summary>Source-generated JSON for the payloads nodes exchange.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkAssignment))]
[JsonSerializable(typeof(WorkerTick))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
