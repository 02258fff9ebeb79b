using Microsoft.AspNetCore.Http;

namespace ChatSwarm.Simulator.Api;

/// <summary>
/// Checks the client authentication elements exactly as documented: tenantUrl (1000), then the
/// <c>MOBILE-API-140-327-PLAIN appId="…", clientId="…"</c> header (2000–2004), then the app id (3000).
/// </summary>
internal static class ClientAuth
{
    public const string Scheme = "MOBILE-API-140-327-PLAIN";
    public const string WebChatClientId = "WebChat";
    public const string WebChatCookie = "chatswarm_webchat";

    /// <summary>Returns the caller, or the error code to answer with.</summary>
    public static (ClientIdentity Identity, int ErrorCode) Authenticate(HttpContext context, SimulatorOptions options, bool tenantInQueryOptional, Func<string> newWebChatId)
    {
        var request = context.Request;
        var tenant = request.Query["tenantUrl"];
        if (tenant.Count == 0 ? !tenantInQueryOptional : !string.Equals(tenant[0], options.TenantUrl, StringComparison.OrdinalIgnoreCase))
        {
            return (default, ApiErrors.MissingTenant);
        }

        var header = request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0])) return (default, ApiErrors.MissingAuthorization);
        var code = Parse(header[0]!, out var appId, out var clientId);
        if (code != 0) return (default, code);
        if (!options.AppIds.Contains(appId!, StringComparer.Ordinal)) return (default, ApiErrors.UnknownAppId);

        if (string.Equals(clientId, WebChatClientId, StringComparison.Ordinal))
        {
            // Documented: with clientId WebChat the server identifies the client by an HTTP cookie.
            if (request.Cookies.TryGetValue(WebChatCookie, out var cookie) && !string.IsNullOrEmpty(cookie))
            {
                clientId = "WebChat:" + cookie;
            }
            else
            {
                var id = newWebChatId();
                context.Response.Cookies.Append(WebChatCookie, id, new CookieOptions { HttpOnly = true, Path = "/" });
                clientId = "WebChat:" + id;
            }
        }

        return (new ClientIdentity(appId!, clientId!), 0);
    }

    /// <summary>Parses the Authorization value; returns 0 or the 2001–2004 error code.</summary>
    internal static int Parse(string value, out string? appId, out string? clientId)
    {
        appId = null;
        clientId = null;
        var text = value.Trim();
        var space = text.IndexOfAny([' ', '\t']);
        var scheme = space < 0 ? text : text[..space];
        if (!string.Equals(scheme, Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return space < 0 && !scheme.Contains('-', StringComparison.Ordinal) && scheme.Contains('=', StringComparison.Ordinal)
                ? ApiErrors.BadAuthorizationFormat
                : ApiErrors.BadAuthorizationScheme;
        }

        var rest = space < 0 ? string.Empty : text[(space + 1)..];
        foreach (var rawPart in rest.Split(','))
        {
            var part = rawPart.Trim();
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) return ApiErrors.BadAuthorizationFormat;
            var name = part[..eq].Trim();
            var v = part[(eq + 1)..].Trim();
            if (v.Length >= 2 && v[0] == '"' && v[^1] == '"') v = v[1..^1];
            else if (v.Contains('"', StringComparison.Ordinal)) return ApiErrors.BadAuthorizationFormat;
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) return ApiErrors.BadAuthorizationFormat;
            if (string.Equals(name, "appId", StringComparison.Ordinal)) appId = v;
            else if (string.Equals(name, "clientId", StringComparison.Ordinal)) clientId = v;
        }

        if (string.IsNullOrEmpty(appId)) return ApiErrors.MissingAppId;
        if (string.IsNullOrEmpty(clientId)) return ApiErrors.MissingClientId;
        return 0;
    }
}
