using System.Text;
using System.Text.Json;

namespace ChatSwarm.Simulator.Tests.TestSupport;

/// <summary>A simulator with a plain HttpClient on its /agentdesktop/ control API, for the API's HTTP tests.</summary>
public sealed class AgentDesktopHttp : IAsyncDisposable
{
    private AgentDesktopHttp(SimulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public SimulatorHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<AgentDesktopHttp> StartAsync(SimulatorOptions options) => new(await SimulatorHost.StartAsync(options));

    /// <summary>Calls an /agentdesktop/ route, asserts HTTP 200 (the API answers in OperationResult) and returns the body.</summary>
    public Task<JsonElement> CallAsync(HttpMethod method, string path) => SendAsync(method, path, null);

    /// <summary>As <see cref="CallAsync(HttpMethod, string)"/> with a raw JSON body.</summary>
    public Task<JsonElement> CallAsync(HttpMethod method, string path, string json) => SendAsync(method, path, json);

    /// <summary>As <see cref="CallAsync(HttpMethod, string)"/> with <paramref name="body"/> serialized to JSON.</summary>
    public Task<JsonElement> CallAsync(HttpMethod method, string path, object body) => SendAsync(method, path, JsonSerializer.Serialize(body));

    /// <summary>Asserts an OperationResult error with the Agent Desktop code and name.</summary>
    public static void AssertError(JsonElement result, int code, string name)
    {
        Assert.Equal("error", result.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal(code, result.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(name, result.GetProperty("error").GetProperty("name").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, "agentdesktop/" + path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
