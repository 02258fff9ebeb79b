using System.Text.Json;
using ChatSwarm.Simulator.Sessions;
using Microsoft.AspNetCore.Http;

namespace ChatSwarm.Simulator.Api;

/// <summary>Request Chat, Get Active Chat, Send Events, Get Chat History, Get New Chat Events, notifications.</summary>
internal sealed partial class MessagingApi
{
    private async Task RequestChatAsync(HttpContext context, ClientIdentity identity)
    {
        using var body = await ReadJsonAsync(context, emptyIsObject: true);
        if (body is null) return;
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            await BadRequestAsync(context, "expected a JSON object with phone_number, from and parameters");
            return;
        }

        string? phone = null;
        if (root.TryGetProperty("phone_number", out var p))
        {
            if (p.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                await BadRequestAsync(context, "phone_number must be a string");
                return;
            }

            phone = p.GetString();
        }

        if (root.TryGetProperty("from", out var from) && from.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            await BadRequestAsync(context, "from must be a string");
            return;
        }

        if (root.TryGetProperty("parameters", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            await BadRequestAsync(context, "parameters must be an object of name/value pairs");
            return;
        }

        var (session, isNew) = _engine.RequestChat(identity.AppId, identity.ClientId, string.IsNullOrEmpty(phone) ? null : phone);
        var (state, ewt) = session.Snapshot();
        await ApiResponses.Json(context, 200, (session, state, ewt, isNew), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("state"u8, s.state.Wire());
            w.WriteString("ewt"u8, s.ewt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("chat_id"u8, s.session.ChatId);
            w.WriteBoolean("is_new_chat"u8, s.isNew);
            if (s.session.PhoneNumber is { } phoneNumber) w.WriteString("phone_number"u8, phoneNumber);
            w.WriteEndObject();
        });
    }

    private Task GetActiveChatAsync(HttpContext context, ClientIdentity identity)
    {
        var session = _engine.FindActive(identity.AppId, identity.ClientId);
        if (session is null) return SessionNotFoundAsync(context);
        var (state, ewt) = session.Snapshot();
        return ApiResponses.Json(context, 200, (session, state, ewt), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("chat_id"u8, s.session.ChatId);
            w.WriteString("state"u8, s.state.Wire());
            w.WriteString("ewt"u8, s.ewt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (s.session.PhoneNumber is { } phoneNumber) w.WriteString("phone_number"u8, phoneNumber);
            w.WriteEndObject();
        });
    }

    private async Task SendEventsAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        if (session is null || session.IsEnded)
        {
            await SessionNotFoundAsync(context);
            return;
        }

        using var body = await ReadJsonAsync(context, emptyIsObject: false);
        if (body is null) return;
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            await BadRequestAsync(context, "expected {\"events\": [ ... ]}");
            return;
        }

        var parsed = new List<ClientEvent>(events.GetArrayLength());
        var index = 0;
        foreach (var e in events.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String)
            {
                await BadRequestAsync(context, $"events[{index}] must be an object with a string \"event\"");
                return;
            }

            var eventName = name.GetString()!;
            if (eventName == "chat_session_message" && (!e.TryGetProperty("msg", out var msg) || msg.ValueKind != JsonValueKind.String))
            {
                await BadRequestAsync(context, $"events[{index}].msg must be a string");
                return;
            }

            if (eventName == "chat_session_file" && (!e.TryGetProperty("file_id", out var fileId) || fileId.ValueKind != JsonValueKind.String))
            {
                await BadRequestAsync(context, $"events[{index}].file_id must be a string");
                return;
            }

            parsed.Add(new ClientEvent(eventName, System.Text.Encoding.UTF8.GetBytes(e.GetRawText()), OptionalString(e, "msg_id"), OptionalString(e, "form_request_id")));
            index++;
        }

        if (!session.AcceptClientEvents(parsed))
        {
            await SessionNotFoundAsync(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private Task GetHistoryAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        return session is null ? SessionNotFoundAsync(context) : ApiResponses.Events(context, session.HistorySnapshot());
    }

    private async Task GetNewEventsAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        if (session is null)
        {
            await SessionNotFoundAsync(context);
            return;
        }

        var (outcome, events) = await session.PollAsync(Options.PollHold, context.RequestAborted);
        switch (outcome)
        {
            case PollOutcome.Events:
                _engine.Counters.PollServed();
                await ApiResponses.Events(context, events!);
                break;
            case PollOutcome.ConcurrentPoll:
                _engine.Counters.ConcurrentPollViolation();
                await ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.ConcurrentPoll, ApiErrors.Message(ApiErrors.ConcurrentPoll));
                break;
            case PollOutcome.NotFound:
                await SessionNotFoundAsync(context);
                break;
            default:
                break;
        }
    }

    private static readonly string[] NotificationServices = ["ios_apns_device_token", "ios_firebase_device_token", "android_firebase_device_token"];

    private async Task SubscribeNotificationsAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        if (session is null || session.IsEnded)
        {
            await SessionNotFoundAsync(context);
            return;
        }

        using var body = await ReadJsonAsync(context, emptyIsObject: true);
        if (body is null) return;
        if (body.RootElement.ValueKind != JsonValueKind.Object)
        {
            await BadRequestAsync(context, "expected a JSON object");
            return;
        }

        var services = 0;
        var hasBundle = false;
        var hasApns = false;
        foreach (var property in body.RootElement.EnumerateObject())
        {
            if (property.Name == "ios_app_bundle_id")
            {
                hasBundle = true;
                continue;
            }

            if (!NotificationServices.Contains(property.Name))
            {
                await ApiResponses.Error(context, StatusCodes.Status406NotAcceptable, ApiErrors.TooManyParameters,
                    $"Notification parameter '{property.Name}' is not configured; expected one of ios_apns_device_token (with ios_app_bundle_id), ios_firebase_device_token, android_firebase_device_token");
                return;
            }

            hasApns |= property.Name == "ios_apns_device_token";
            services++;
        }

        if (services > 1)
        {
            await ApiResponses.Error(context, StatusCodes.Status406NotAcceptable, ApiErrors.TooManyParameters, ApiErrors.Message(ApiErrors.TooManyParameters));
            return;
        }

        if (hasApns != hasBundle)
        {
            await ApiResponses.Error(context, StatusCodes.Status406NotAcceptable, ApiErrors.TooManyParameters,
                "ios_apns_device_token and ios_app_bundle_id must be sent together");
            return;
        }

        await ApiResponses.EmptyObject(context);
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
