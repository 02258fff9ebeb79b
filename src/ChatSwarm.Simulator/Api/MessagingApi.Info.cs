using Microsoft.AspNetCore.Http;

namespace ChatSwarm.Simulator.Api;

/// <summary>Check Availability, Expected Parameters, ICE servers, widget configuration and version.</summary>
internal sealed partial class MessagingApi
{
    private static readonly (string Name, string Type)[] ExpectedParameters =
    [
        ("first_name", "FIRST_NAME"),
        ("last_name", "LAST_NAME"),
        ("email", "EMAIL"),
        ("phone_number", "PHONE"),
        ("account", "ACCOUNT"),
        ("company", "COMPANY"),
        ("subject", "TEXT"),
    ];

    private Task CheckAvailabilityAsync(HttpContext context, ClientIdentity identity)
    {
        var open = Options.OfficeOpen;
        var ewt = open ? _engine.Pool.EstimateWaitForNewChat() : 0;
        return ApiResponses.Json(context, 200, (open, ewt), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("chat"u8, s.open ? "available" : "notAvailable");
            if (s.open) w.WriteString("ewt"u8, s.ewt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
    }

    private Task ExpectedParametersAsync(HttpContext context, ClientIdentity identity) => ApiResponses.Json(context, 200, 0, static (w, _) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("parameters"u8);
        foreach (var (name, type) in ExpectedParameters)
        {
            w.WriteStartObject();
            w.WriteString(name, type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private Task GetIceServersAsync(HttpContext context, ClientIdentity identity) => ApiResponses.Json(context, 200, Options.TenantUrl, static (w, tenant) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("servers"u8);
        w.WriteStartObject();
        w.WriteString("url"u8, $"stun:{tenant}:3478");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("url"u8, $"turn:{tenant}:3478?transport=udp");
        w.WriteString("username"u8, "chatswarm");
        w.WriteString("credential"u8, "simulated");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private Task GetWidgetConfigurationAsync(HttpContext context, ClientIdentity identity) => ApiResponses.Json(context, 200, identity.AppId, static (w, appId) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("widgets"u8);
        w.WriteStartObject();
        w.WriteString("name"u8, appId);
        w.WriteStartArray("urls"u8);
        w.WriteStringValue("http://127.0.0.1/");
        w.WriteEndArray();
        w.WriteStartObject("definition"u8);
        w.WriteStartObject("contact_tab"u8);
        w.WriteBoolean("enabled"u8, true);
        w.WriteString("location"u8, "right_bottom");
        w.WriteString("color"u8, "#ffffff");
        w.WriteString("bg_color"u8, "#2a6ebb");
        w.WriteStartObject("font"u8);
        w.WriteString("family"u8, "Arial");
        w.WriteString("size"u8, "14px");
        w.WriteString("style"u8, "normal");
        w.WriteString("weight"u8, "bold");
        w.WriteEndObject();
        w.WriteString("agents_available_msg"u8, "Chat with us");
        w.WriteString("agents_not_available_msg"u8, "Leave us a message");
        w.WriteString("out_of_hours_msg"u8, "We are closed");
        w.WriteBoolean("show_ewt_out_of_hours"u8, false);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("styles"u8);
        w.WriteStartObject("style1"u8);
        w.WriteStartObject("agentMessage"u8);
        w.WriteString("background-color"u8, "#eef3fa");
        w.WriteEndObject();
        w.WriteStartObject("systemMessage"u8);
        w.WriteString("background-color"u8, "#f5f5f5");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private Task GetVersionAsync(HttpContext context, ClientIdentity identity) => ApiResponses.Json(context, 200, Options.ServerVersion, static (w, v) =>
    {
        w.WriteStartObject();
        w.WriteString("server_version"u8, v);
        w.WriteEndObject();
    });
}
