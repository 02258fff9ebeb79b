using ChatSwarm.Client;
using System.Text.Json;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Simulator.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatSwarm.Simulator.Api;

/// <summary>The 16 Messaging API v2 methods under /clientweb/api/v2/, each behind authentication and fault injection.</summary>
internal sealed partial class MessagingApi
{
    public const string Prefix = "/clientweb/api/v2/";

    private readonly SimulatorEngine _engine;
    private readonly Random _webChatIds;
    private readonly Lock _webChatGate = new();

    public MessagingApi(SimulatorEngine engine)
    {
        _engine = engine;
        _webChatIds = new Random(engine.Options.Seed ^ 0x3EB);
    }

    private SimulatorOptions Options => _engine.Options;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "availability", Wrap(ApiMethod.CheckAvailability, CheckAvailabilityAsync));
        app.MapGet(Prefix + "parameters", Wrap(ApiMethod.ExpectedParameters, ExpectedParametersAsync));
        app.MapPost(Prefix + "chats", Wrap(ApiMethod.RequestChat, RequestChatAsync));
        app.MapPost(Prefix + "chats/{chatId}/notifications", Wrap(ApiMethod.NotificationSubscription, SubscribeNotificationsAsync));
        app.MapGet(Prefix + "chats/active", Wrap(ApiMethod.GetActiveChat, GetActiveChatAsync));
        app.MapPost(Prefix + "chats/{chatId}/events", Wrap(ApiMethod.SendEvents, SendEventsAsync));
        app.MapGet(Prefix + "chats/{chatId}/history", Wrap(ApiMethod.GetChatHistory, GetHistoryAsync));
        app.MapGet(Prefix + "chats/{chatId}/events", Wrap(ApiMethod.GetNewChatEvents, GetNewEventsAsync));
        app.MapPost(Prefix + "files", Wrap(ApiMethod.UploadFile, UploadFileAsync));
        app.MapGet(Prefix + "chats/{chatId}/files/{fileId}", Wrap(ApiMethod.GetFile, GetFileAsync, tenantOptional: true));
        app.MapGet(Prefix + "chats/{chatId}/profilephotos/{partyId}", Wrap(ApiMethod.GetAgentProfilePhoto, GetProfilePhotoAsync, tenantOptional: true));
        app.MapGet(Prefix + "iceservers", Wrap(ApiMethod.GetIceServers, GetIceServersAsync));
        app.MapGet(Prefix + "configuration", Wrap(ApiMethod.GetChatWidgetConfiguration, GetWidgetConfigurationAsync));
        app.MapGet(Prefix + "casehistory", Wrap(ApiMethod.GetCaseHistory, GetCaseHistoryAsync));
        app.MapPost(Prefix + "closecase", Wrap(ApiMethod.CloseCase, CloseCaseAsync));
        app.MapGet(Prefix + "version", Wrap(ApiMethod.GetVersion, GetVersionAsync));
    }

    private RequestDelegate Wrap(ApiMethod method, Func<HttpContext, ClientIdentity, Task> handler, bool tenantOptional = false) => async context =>
    {
        _engine.Counters.Request();
        var (identity, code) = ClientAuth.Authenticate(context, Options, tenantOptional, NewWebChatId);
        if (code != 0)
        {
            await ApiResponses.Error(context, StatusCodes.Status403Forbidden, code, ApiErrors.Message(code));
            return;
        }

        var decision = _engine.Faults.Decide(method);
        if (decision.Latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(decision.Latency, _engine.Time, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (decision.Error is { } fault)
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        await handler(context, identity);
    };

    private static Task WriteFaultAsync(HttpContext context, FaultKind fault)
    {
        switch (fault)
        {
            case FaultKind.Error5000:
            case FaultKind.Error5001:
            case FaultKind.Error5004:
                var code = fault == FaultKind.Error5000 ? ApiErrors.ChatServerTimeout : fault == FaultKind.Error5001 ? ApiErrors.NoChatServer : ApiErrors.ChatServerDisconnected;
                return ApiResponses.Error(context, StatusCodes.Status503ServiceUnavailable, code, ApiErrors.Message(code));
            case FaultKind.Error5500:
                return ApiResponses.Error(context, StatusCodes.Status500InternalServerError, ApiErrors.InternalError, ApiErrors.Message(ApiErrors.InternalError));
            case FaultKind.Http503:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            case FaultKind.Http429:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            default:
                context.Abort();
                return Task.CompletedTask;
        }
    }

    private string NewWebChatId()
    {
        Span<byte> bytes = stackalloc byte[12];
        lock (_webChatGate) _webChatIds.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Finds a chat owned by the caller; other clients' chats look unknown (5005).</summary>
    private ChatSession? FindOwned(HttpContext context, ClientIdentity identity)
    {
        var chatId = context.Request.RouteValues["chatId"] as string;
        if (chatId is null) return null;
        var session = _engine.Find(chatId);
        return session is not null && session.ClientKey == identity.Key ? session : null;
    }

    private static Task SessionNotFoundAsync(HttpContext context) =>
        ApiResponses.Error(context, StatusCodes.Status404NotFound, ApiErrors.SessionNotFound, ApiErrors.Message(ApiErrors.SessionNotFound));

    /// <summary>Reads a JSON body; null with a 5003 answer already written when it is not valid JSON.</summary>
    private static async Task<JsonDocument?> ReadJsonAsync(HttpContext context, bool emptyIsObject)
    {
        var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex)
        {
            await ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.BadJson, "Error decoding JSON request body: " + ex.Message);
            return null;
        }

        if (buffer.Length == 0 && emptyIsObject) return JsonDocument.Parse("{}");
        try
        {
            return JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException ex)
        {
            await ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.BadJson, "Error decoding JSON request body: " + ex.Message.Replace('\n', ' ').Replace('\r', ' '));
            return null;
        }
    }

    private static Task BadRequestAsync(HttpContext context, string detail) =>
        ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.BadJson, "Error decoding JSON request body: " + detail);
}
