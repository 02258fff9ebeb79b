using System.Text.Json;

namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>The API error body <c>{"error_code": ..., "error_message": ...}</c>; the code may be a number or a string.</summary>
internal sealed class ErrorBody
{
    public JsonElement ErrorCode { get; set; }
    public JsonElement ErrorMessage { get; set; }
}
