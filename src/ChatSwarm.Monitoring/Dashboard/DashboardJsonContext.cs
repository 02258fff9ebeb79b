using System.Text.Json.Serialization;

namespace ChatSwarm.Monitoring.Dashboard;

/// <summary>Source-generated JSON for the dashboard's events (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DashboardFrame))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
