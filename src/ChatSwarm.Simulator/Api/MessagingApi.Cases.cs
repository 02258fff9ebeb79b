using Microsoft.AspNetCore.Http;

namespace ChatSwarm.Simulator.Api;

/// <summary>Get Case History and Close Case: both need chat_session_case_set first (406 / 5601 before).</summary>
internal sealed partial class MessagingApi
{
    private Task GetCaseHistoryAsync(HttpContext context, ClientIdentity identity)
    {
        var latest = _engine.FindLatest(identity.Key);
        if (latest is null) return SessionNotFoundAsync(context);
        var caseId = latest.CaseId;
        if (caseId is null) return NoCaseAsync(context);
        var sessions = _engine.SessionsOf(identity.Key).Where(s => s.CaseId == caseId).Select(s => (s.ChatId, s.Created.ToUnixTimeSeconds(), s.HistorySnapshot())).ToList();
        return ApiResponses.Json(context, 200, sessions, static (w, list) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("sessions"u8);
            foreach (var (chatId, created, events) in list)
            {
                w.WriteStartObject();
                w.WriteString("chat_id"u8, chatId);
                w.WriteNumber("created_time"u8, created);
                w.WriteStartArray("events"u8);
                foreach (var e in events) w.WriteRawValue(e, skipInputValidation: true);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private Task CloseCaseAsync(HttpContext context, ClientIdentity identity)
    {
        var latest = _engine.FindLatest(identity.Key);
        if (latest is null) return SessionNotFoundAsync(context);
        return latest.TryCloseCase() ? ApiResponses.EmptyObject(context) : NoCaseAsync(context);
    }

    private static Task NoCaseAsync(HttpContext context) =>
        ApiResponses.Error(context, StatusCodes.Status406NotAcceptable, ApiErrors.NoCase, ApiErrors.Message(ApiErrors.NoCase));
}
