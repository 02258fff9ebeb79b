using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Serialization.Wire;

namespace ChatSwarm.Client.Serialization;

/// <summary>
/// Turns 2xx response bodies into models. Each reader throws <see cref="JsonException"/> with a message saying
/// what shape was expected and where it broke; the client prefixes the method name and returns MalformedResponse.
/// </summary>
internal static class ResponseReaders
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static Availability ReadAvailability(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.AvailabilityBody, "an object with 'chat' status");
        if (string.IsNullOrEmpty(wire.Chat)) throw new JsonException("expected an object with 'chat' status, 'chat' is missing");
        return new Availability
        {
            IsAvailable = string.Equals(wire.Chat, "available", StringComparison.OrdinalIgnoreCase),
            Status = wire.Chat,
            Ewt = ToInt(wire.Ewt),
        };
    }

    public static IReadOnlyList<ExpectedParameter> ReadParameters(ReadOnlySpan<byte> body)
    {
        using var document = Parse(body, "an object with 'parameters' array");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"expected an object with 'parameters' array, got {root.ValueKind}");
        if (!root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind == JsonValueKind.Null)
            return Array.Empty<ExpectedParameter>();
        if (parameters.ValueKind != JsonValueKind.Array)
            throw new JsonException($"expected 'parameters' to be an array, got {parameters.ValueKind}");

        var result = new List<ExpectedParameter>();
        var index = 0;
        foreach (var item in parameters.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new JsonException($"expected parameter #{index} to be an object {{\"<name>\":\"<type>\"}}, got {item.ValueKind}");
            foreach (var property in item.EnumerateObject())
                result.Add(new ExpectedParameter(property.Name, TolerantJson.AsString(property.Value) ?? property.Value.GetRawText()));
            index++;
        }
        return result;
    }

    public static ChatSession ReadChatSession(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.ChatSessionBody, "a chat session object with 'chat_id'");
        if (string.IsNullOrEmpty(wire.ChatId)) throw new JsonException("expected a chat session object with 'chat_id', 'chat_id' is missing");
        return new ChatSession
        {
            ChatId = wire.ChatId,
            State = ChatEventJson.ParseState(wire.State),
            Ewt = ToInt(wire.Ewt),
            IsNewChat = wire.IsNewChat ?? false,
            PhoneNumber = wire.PhoneNumber,
        };
    }

    public static NotificationServices ReadNotificationServices(ReadOnlySpan<byte> body)
    {
        var services = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsBlank(body)) return new NotificationServices(services);
        using var document = Parse(body, "an object of service names and statuses");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"expected an object of service names and statuses, got {root.ValueKind}");
        foreach (var property in root.EnumerateObject())
            services[property.Name] = TolerantJson.AsString(property.Value) ?? property.Value.GetRawText();
        return new NotificationServices(services);
    }

    public static ChatEventBatch ReadEventBatch(ReadOnlySpan<byte> body)
    {
        var events = ChatEventJson.ReadEvents(body);
        return events.Count == 0 ? ChatEventBatch.Empty : new ChatEventBatch(events);
    }

    public static UploadedFile ReadUploadedFile(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.UploadedFileBody, "an object with 'file_id'");
        if (string.IsNullOrEmpty(wire.FileId)) throw new JsonException("expected an object with 'file_id', 'file_id' is missing");
        return new UploadedFile(wire.FileId);
    }

    public static IReadOnlyList<IceServer> ReadIceServers(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.IceServersBody, "an object with 'servers' array");
        if (wire.Servers is null) return Array.Empty<IceServer>();
        var servers = new List<IceServer>(wire.Servers.Count);
        foreach (var server in wire.Servers)
        {
            if (string.IsNullOrEmpty(server?.Url)) throw new JsonException($"expected every ICE server to have a 'url', server #{servers.Count} has none");
            servers.Add(new IceServer(server.Url, server.Username, server.Credential));
        }
        return servers;
    }

    public static WidgetConfiguration ReadWidgetConfiguration(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.WidgetConfigurationBody, "an object with 'widgets' array");
        if (wire.Widgets is null) return new WidgetConfiguration(Array.Empty<ChatWidget>());
        var widgets = new List<ChatWidget>(wire.Widgets.Count);
        foreach (var widget in wire.Widgets)
        {
            if (widget is null) throw new JsonException($"expected widget #{widgets.Count} to be an object, got null");
            widgets.Add(new ChatWidget(widget.Name ?? string.Empty, (IReadOnlyList<string>?)widget.Urls ?? Array.Empty<string>(), widget.Definition, widget.Styles));
        }
        return new WidgetConfiguration(widgets);
    }

    public static CaseHistory ReadCaseHistory(ReadOnlySpan<byte> body)
    {
        using var document = Parse(body, "an object with 'sessions' array");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"expected an object with 'sessions' array, got {root.ValueKind}");
        if (!root.TryGetProperty("sessions", out var sessions) || sessions.ValueKind == JsonValueKind.Null)
            return new CaseHistory(Array.Empty<CaseSession>());
        if (sessions.ValueKind != JsonValueKind.Array)
            throw new JsonException($"expected 'sessions' to be an array, got {sessions.ValueKind}");

        var result = new List<CaseSession>(sessions.GetArrayLength());
        foreach (var session in sessions.EnumerateArray())
        {
            if (session.ValueKind != JsonValueKind.Object)
                throw new JsonException($"expected session #{result.Count} to be an object, got {session.ValueKind}");
            IReadOnlyList<ChatEvent> events;
            try
            {
                events = session.TryGetProperty("events", out var array) ? ChatEventJson.ReadEventArray(array) : Array.Empty<ChatEvent>();
            }
            catch (JsonException ex)
            {
                throw new JsonException($"session #{result.Count}: {ex.Message}");
            }
            result.Add(new CaseSession(
                TolerantJson.GetString(session, "chat_id") ?? string.Empty,
                TolerantJson.GetTimestamp(session, "created_time"),
                events));
        }
        return new CaseHistory(result);
    }

    public static ServerVersion ReadServerVersion(ReadOnlySpan<byte> body)
    {
        var wire = Deserialize(body, MessagingJsonContext.Default.ServerVersionBody, "an object with 'server_version'");
        if (string.IsNullOrEmpty(wire.ServerVersion)) throw new JsonException("expected an object with 'server_version', 'server_version' is missing");
        return new ServerVersion(wire.ServerVersion);
    }

    /// <summary>Reads an API error body; null when the body is not one (then the HTTP status names the error).</summary>
    public static (int Code, string? Message)? TryReadError(ReadOnlySpan<byte> body)
    {
        if (IsBlank(body)) return null;
        ErrorBody? wire;
        try
        {
            wire = JsonSerializer.Deserialize(body, MessagingJsonContext.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
        if (wire is null) return null;
        int code;
        if (wire.ErrorCode.ValueKind == JsonValueKind.Number && wire.ErrorCode.TryGetInt32(out code)) { }
        else if (wire.ErrorCode.ValueKind == JsonValueKind.String
                 && int.TryParse(wire.ErrorCode.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out code)) { }
        else return null;
        return (code, TolerantJson.AsString(wire.ErrorMessage));
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string expected)
        where T : class
    {
        if (IsBlank(body)) throw new JsonException($"expected {expected}, got an empty body");
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new JsonException($"expected {expected}: {ex.Message}");
        }
        return value ?? throw new JsonException($"expected {expected}, got null");
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> body, string expected)
    {
        if (IsBlank(body)) throw new JsonException($"expected {expected}, got an empty body");
        try
        {
            // JsonDocument.Parse needs memory it can keep; the copy lives only until the document is disposed.
            return JsonDocument.Parse(body.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new JsonException($"expected {expected}: {ex.Message}");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body) => body.Trim(" \t\r\n"u8).IsEmpty;

    private static int? ToInt(double? value) =>
        value is { } v && v is >= int.MinValue and <= int.MaxValue ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : null;
}
