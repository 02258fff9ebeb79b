using System.Globalization;
using ChatSwarm.Configuration.Timing;
using System.Text.Json;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>
/// /agentdesktop/: the agent-control API over HTTP. Every answer is 200 with an OperationResult body
/// ({"status":"success","data":…} or {"status":"error","data":null,"error":{"code","name","message"}}).
/// </summary>
internal sealed class AgentDesktopApi
{
    private const string Prefix = "/agentdesktop/";
    private readonly AgentControl _control;

    public AgentDesktopApi(AgentControl control) => _control = control;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "agents", ShowUserStatusAsync);
        app.MapGet(Prefix + "agents/{agentId}", ShowOneAsync);
        app.MapGet(Prefix + "roster", ctx => WriteAsync(ctx, AgentOperationResult<IReadOnlyList<AgentInfo>>.Success(_control.GetAgents()), WriteAgents));
        app.MapPost(Prefix + "agents/{agentId}/ready", ctx => SetStatusAsync(ctx, AgentStatus.Ready));
        app.MapPost(Prefix + "agents/{agentId}/notready", ctx => SetStatusAsync(ctx, AgentStatus.NotReady));
        app.MapPost(Prefix + "agents/{agentId}/logout", ctx => SetStatusAsync(ctx, AgentStatus.LoggedOut));
        app.MapPost(Prefix + "agents/{agentId}/login", ctx => SetStatusAsync(ctx, AgentStatus.Ready));
        app.MapGet(Prefix + "agents/{agentId}/calling", ctx => WithAgent(ctx, id => WriteAsync(ctx, _control.GetCallingStatus(id), static (w, v) => w.WriteBooleanValue(v))));
        app.MapPost(Prefix + "agents/{agentId}/calling", SetCallingAsync);
        app.MapPost(Prefix + "agents/{agentId}/calls", StartCallAsync);
        foreach (var scope in new[] { "chats/{chatId}", "clients/{clientId}/chat" })
        {
            app.MapGet(Prefix + scope, ctx => WriteAsync(ctx, _control.GetChat(Chat(ctx)), WriteChat));
            app.MapGet(Prefix + scope + "/connected", WaitConnectedAsync);
            app.MapPost(Prefix + scope + "/messages", ctx => ChatOpAsync(ctx, (c, b) => _control.SendMessage(c, Str(b, "msg") ?? string.Empty)));
            app.MapPost(Prefix + scope + "/forms", ctx => ChatOpAsync(ctx, (c, b) => _control.ShowForm(c, Str(b, "form_name") ?? string.Empty, Int(b, "form_timeout") ?? 120)));
            app.MapPost(Prefix + scope + "/secureforms", ctx => ChatOpAsync(ctx, (c, b) => _control.ShowSecureForm(c, Str(b, "form_id") ?? string.Empty)));
            app.MapPost(Prefix + scope + "/files", ctx => ChatOpAsync(ctx, SendFile));
            app.MapPost(Prefix + scope + "/case", ctx => ChatOpAsync(ctx, (c, b) => _control.SetCase(c, Str(b, "case_id") ?? string.Empty)));
            app.MapPost(Prefix + scope + "/typing", ctx => ChatOpAsync(ctx, (c, b) => _control.SetTyping(c, b.TryGetProperty("typing", out var t) ? t.ValueKind != JsonValueKind.False : true)));
            app.MapPost(Prefix + scope + "/end", ctx => ChatOpAsync(ctx, (c, _) => _control.EndChat(c)));
            app.MapPost(Prefix + scope + "/signaling", ctx => ChatOpAsync(ctx, (c, b) => _control.SendSignal(c, b.GetRawText())));
            app.MapGet(Prefix + scope + "/signaling", ctx => CustomerAnswersAsync(ctx, _control.GetReceivedSignals, _control.WaitForSignalsAsync, WriteSignals));
            app.MapPost(Prefix + scope + "/cobrowsing", ctx => ChatOpAsync(ctx, (c, _) => _control.RequestCobrowsing(c)));
            app.MapGet(Prefix + scope + "/cobrowsing", ctx => CustomerAnswersAsync(ctx, _control.GetCobrowsingAnswers, _control.WaitForCobrowsingAnswersAsync, WriteStrings));
        }

        app.Map(Prefix + "{**rest}", ctx => WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.ApiMethodNotImplemented,
            $"{ctx.Request.Method} {ctx.Request.Path} is not an agent desktop method"), WriteString));
    }

    private Task ShowUserStatusAsync(HttpContext ctx)
    {
        var filter = ctx.Request.Query["filter"];
        if (filter.Count > 0 && filter[0] == "online")
        {
            return WriteAsync(ctx, _control.ShowOnlineUserIds(), static (w, ids) =>
            {
                w.WriteStartArray();
                foreach (var id in ids) w.WriteNumberValue(id);
                w.WriteEndArray();
            });
        }

        if (filter.Count > 0) return WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, $"filter must be 'online', got '{filter[0]}'"), WriteString);
        return WriteAsync(ctx, _control.ShowUserStatus(), static (w, list) =>
        {
            w.WriteStartArray();
            foreach (var p in list)
            {
                w.WriteStartObject();
                w.WriteNumber("id"u8, p.Id);
                w.WriteBoolean("online"u8, p.Online);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private Task ShowOneAsync(HttpContext ctx) => WithAgent(ctx, id => WriteAsync(ctx, _control.ShowUserStatus(id), static (w, v) => w.WriteBooleanValue(v)));

    private Task SetStatusAsync(HttpContext ctx, AgentStatus status) =>
        WithAgent(ctx, id => WriteAsync(ctx, _control.SetStatus(id, status), static (w, a) => WriteAgent(w, a)));

    private async Task SetCallingAsync(HttpContext ctx)
    {
        using var body = await ReadBodyAsync(ctx);
        if (body is null) return;
        if (!body.RootElement.TryGetProperty("calling", out var calling) || calling.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, "body needs {\"calling\": true|false}"), WriteString);
            return;
        }

        await WithAgent(ctx, id => WriteAsync(ctx, _control.SetCallingStatus(id, calling.GetBoolean()), static (w, v) => w.WriteBooleanValue(v)));
    }

    private async Task StartCallAsync(HttpContext ctx)
    {
        using var body = await ReadBodyAsync(ctx);
        if (body is null) return;
        var root = body.RootElement;
        var phone = Str(root, "phone_number") ?? Str(root, "phoneNumber");
        InteractionAssociatedObject? initial = null;
        if ((root.TryGetProperty("initial_object", out var o) || root.TryGetProperty("initialObject", out o)) && o.ValueKind == JsonValueKind.Object)
        {
            Dictionary<string, string>? fields = null;
            if (o.TryGetProperty("customFields", out var cf) && cf.ValueKind == JsonValueKind.Object)
            {
                fields = cf.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);
            }

            initial = new InteractionAssociatedObject(Str(o, "id") ?? string.Empty, Str(o, "type") ?? string.Empty, Str(o, "displayName") ?? string.Empty, Str(o, "displayType") ?? string.Empty, fields);
        }
        else if (o.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, "initialObject must be an object"), WriteString);
            return;
        }

        await WithAgent(ctx, id => WriteAsync(ctx, _control.StartCall(id, phone, initial), static (w, r) =>
        {
            w.WriteStartObject();
            if (r.Id is null) w.WriteNull("id"u8);
            else w.WriteString("id"u8, r.Id);
            if (r.Error is not null) w.WriteString("error"u8, r.Error);
            w.WriteEndObject();
        }));
    }

    private async Task WaitConnectedAsync(HttpContext ctx)
    {
        var timeout = TimeSpan.FromSeconds(10);
        if (ctx.Request.Query["timeout"] is { Count: > 0 } t && !DurationParser.TryParse(t[0], out timeout, out var error))
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, "timeout: " + error), WriteString);
            return;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
        cts.CancelAfter(timeout);
        try
        {
            var info = await _control.WaitForConnectedAsync(Chat(ctx), cts.Token);
            await WriteAsync(ctx, AgentOperationResult<ChatInfo>.Success(info), WriteChat);
        }
        catch (OperationCanceledException)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.Timeout, $"{Chat(ctx)} was not connected within {timeout}"), WriteString);
        }
        catch (InvalidOperationException ex)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.NoInteraction, ex.Message), WriteString);
        }
    }

    /// <summary>
    /// Lists what the customer sent; with ?count=N it first waits (up to ?timeout=, default 10s) until there are at
    /// least N, answering timeout (8) when there are fewer by then and no_interaction when the chat ends first.
    /// </summary>
    private static async Task CustomerAnswersAsync<T>(
        HttpContext ctx,
        Func<ChatRef, AgentOperationResult<IReadOnlyList<T>>> get,
        Func<ChatRef, int, CancellationToken, Task<IReadOnlyList<T>>> wait,
        Action<Utf8JsonWriter, IReadOnlyList<T>> write)
    {
        var chat = Chat(ctx);
        if (ctx.Request.Query["count"] is not { Count: > 0 } c)
        {
            await WriteAsync(ctx, get(chat), write);
            return;
        }

        if (!int.TryParse(c[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, $"count must be a whole number of at least 1, got '{c[0]}'"), WriteString);
            return;
        }

        var timeout = TimeSpan.FromSeconds(10);
        if (ctx.Request.Query["timeout"] is { Count: > 0 } t && !DurationParser.TryParse(t[0], out timeout, out var error))
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, "timeout: " + error), WriteString);
            return;
        }

        if (get(chat) is { IsSuccess: false } unknown)
        {
            await WriteAsync(ctx, unknown, write);
            return;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
        cts.CancelAfter(timeout);
        try
        {
            await WriteAsync(ctx, AgentOperationResult<IReadOnlyList<T>>.Success(await wait(chat, count, cts.Token)), write);
        }
        catch (OperationCanceledException)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.Timeout, $"{chat} did not get {count} within {timeout}"), WriteString);
        }
        catch (InvalidOperationException ex)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.NoInteraction, ex.Message), WriteString);
        }
    }

    private static void WriteSignals(Utf8JsonWriter w, IReadOnlyList<ReceivedSignal> signals)
    {
        w.WriteStartArray();
        foreach (var s in signals)
        {
            w.WriteStartObject();
            w.WriteString("msg_id"u8, s.MsgId);
            w.WriteString("destination_party_id"u8, s.DestinationPartyId);
            w.WriteString("type"u8, s.Type);
            w.WriteString("data"u8, s.Data);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, IReadOnlyList<string> values)
    {
        w.WriteStartArray();
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private AgentOperationResult<string> SendFile(ChatRef chat, JsonElement body)
    {
        var name = Str(body, "file_name");
        var type = Str(body, "content_type") ?? "application/octet-stream";
        byte[] content;
        try
        {
            content = Convert.FromBase64String(Str(body, "content_base64") ?? string.Empty);
        }
        catch (FormatException)
        {
            return AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, "content_base64 is not valid base64");
        }

        return _control.SendFile(chat, name ?? string.Empty, type, content);
    }

    private async Task ChatOpAsync(HttpContext ctx, Func<ChatRef, JsonElement, AgentOperationResult<string>> op)
    {
        using var body = await ReadBodyAsync(ctx);
        if (body is null) return;
        await WriteAsync(ctx, op(Chat(ctx), body.RootElement), WriteString);
    }

    private static ChatRef Chat(HttpContext ctx) =>
        ctx.Request.RouteValues["chatId"] is string chatId ? ChatRef.ById(chatId) : ChatRef.ByClientId((string)ctx.Request.RouteValues["clientId"]!);

    private static Task WithAgent(HttpContext ctx, Func<int, Task> action) =>
        int.TryParse(ctx.Request.RouteValues["agentId"] as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? action(id)
            : WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidArgs, $"agent id must be a number, got '{ctx.Request.RouteValues["agentId"]}'"), WriteString);

    /// <summary>Reads a JSON object body (empty means {}); writes invalid_request and returns null otherwise.</summary>
    private static async Task<JsonDocument?> ReadBodyAsync(HttpContext ctx)
    {
        using var buffer = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(buffer, ctx.RequestAborted);
        try
        {
            var doc = buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc;
            doc.Dispose();
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidRequest, "body must be a JSON object"), WriteString);
        }
        catch (JsonException ex)
        {
            await WriteAsync(ctx, AgentOperationResult<string>.Failure(AgentErrorCode.InvalidRequest, "body is not valid JSON: " + ex.Message.Replace('\n', ' ')), WriteString);
        }

        return null;
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var i) => i,
            JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
            _ => 0,
        } : null;

    private static void WriteString(Utf8JsonWriter w, string s) => w.WriteStringValue(s);

    private static void WriteChat(Utf8JsonWriter w, ChatInfo c)
    {
        w.WriteStartObject();
        w.WriteString("chat_id"u8, c.ChatId);
        w.WriteString("client_id"u8, c.ClientId);
        w.WriteString("state"u8, c.State);
        if (c.AgentId is { } a) w.WriteNumber("agent_id"u8, a);
        else w.WriteNull("agent_id"u8);
        w.WriteString("party_id"u8, c.PartyId);
        w.WriteString("case_id"u8, c.CaseId);
        w.WriteEndObject();
    }

    private static void WriteAgents(Utf8JsonWriter w, IReadOnlyList<AgentInfo> agents)
    {
        w.WriteStartArray();
        foreach (var a in agents) WriteAgent(w, a);
        w.WriteEndArray();
    }

    private static void WriteAgent(Utf8JsonWriter w, AgentInfo a)
    {
        w.WriteStartObject();
        w.WriteNumber("id"u8, a.Id);
        w.WriteString("first_name"u8, a.FirstName);
        w.WriteString("last_name"u8, a.LastName);
        w.WriteString("display_name"u8, a.DisplayName);
        w.WriteBoolean("online"u8, a.Online);
        w.WriteString("status"u8, a.Status switch { AgentStatus.Ready => "ready", AgentStatus.NotReady => "not_ready", _ => "logged_out" });
        w.WriteNumber("active_chats"u8, a.ActiveChats);
        w.WriteBoolean("calling"u8, a.Calling);
        w.WriteString("extension"u8, a.Extension);
        w.WriteEndObject();
    }

    private static Task WriteAsync<T>(HttpContext ctx, AgentOperationResult<T> result, Action<Utf8JsonWriter, T> writeData) =>
        ApiResponses.Json(ctx, 200, (result, writeData), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("status"u8, s.result.Status);
            if (s.result.IsSuccess && s.result.Data is { } data)
            {
                w.WritePropertyName("data"u8);
                s.writeData(w, data);
            }
            else
            {
                w.WriteNull("data"u8);
            }

            if (s.result.Error is { } e)
            {
                w.WriteStartObject("error"u8);
                w.WriteNumber("code"u8, e.Code);
                w.WriteString("name"u8, e.Name);
                w.WriteString("message"u8, e.Message);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
}
