using System.Globalization;
using System.Text.Json;

namespace ChatSwarm.Client.Serialization;

/// <summary>
/// Lenient scalar reads over <see cref="JsonElement"/>: the API sends numbers as strings (<c>"ewt":"3"</c>),
/// booleans as strings (<c>"offerVideo":"true"</c>) and timestamps in seconds or milliseconds, so every getter
/// accepts both shapes and returns null instead of throwing when a value is absent or unusable.
/// </summary>
internal static class TolerantJson
{
    /// <summary>Timestamps above this many units since the epoch are milliseconds (10^11 s is the year 5138).</summary>
    private const double MillisecondThreshold = 1e11;

    public static string? GetString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? AsString(value) : null;

    public static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static double? GetDouble(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? AsDouble(value) : null;

    public static double? AsDouble(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)) return number;
        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number))
            return number;
        return null;
    }

    public static int? GetInt(JsonElement obj, string name)
    {
        var number = GetDouble(obj, name);
        if (number is not { } n || n > int.MaxValue || n < int.MinValue) return null;
        return (int)Math.Round(n, MidpointRounding.AwayFromZero);
    }

    public static bool? GetBool(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            JsonValueKind.Number when value.TryGetInt64(out var n) => n != 0,
            _ => null,
        };
    }

    public static DateTimeOffset? GetTimestamp(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? AsTimestamp(value) : null;

    /// <summary>Seconds or milliseconds since the epoch (number or numeric string; above 10^11 means ms), or an ISO 8601 string.</summary>
    public static DateTimeOffset? AsTimestamp(JsonElement value)
    {
        if (AsDouble(value) is { } number) return FromEpoch(number);
        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed;
        return null;
    }

    public static DateTimeOffset? FromEpoch(double number)
    {
        var ms = number > MillisecondThreshold ? number : number * 1000.0;
        if (ms < 0 || ms > 253_402_300_799_999.0) return null;
        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ms));
    }

    /// <summary>A JSON object of scalar values as a string dictionary (non-scalar values kept as raw JSON text).</summary>
    public static Dictionary<string, string> GetStringMap(JsonElement obj, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
                map[property.Name] = AsString(property.Value) ?? property.Value.GetRawText();
        }
        return map;
    }
}
