using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ChatSwarm.Simulator.Api;

/// <summary>Writes JSON answers straight to the response pipe with Utf8JsonWriter.</summary>
internal static class ApiResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Task Error(HttpContext context, int status, int code, string message) =>
        Json(context, status, (code, message), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteNumber("error_code"u8, s.code);
            w.WriteString("error_message"u8, s.message);
            w.WriteEndObject();
        });

    public static Task Json<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            write(writer, state);
        }

        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }

    public static Task EmptyObject(HttpContext context) => Json(context, 200, 0, static (w, _) =>
    {
        w.WriteStartObject();
        w.WriteEndObject();
    });

    /// <summary>Writes {"events":[...]} by copying pre-serialized event bytes.</summary>
    public static Task Events(HttpContext context, List<byte[]> events) => Json(context, 200, events, static (w, list) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("events"u8);
        foreach (var e in list) w.WriteRawValue(e, skipInputValidation: true);
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
