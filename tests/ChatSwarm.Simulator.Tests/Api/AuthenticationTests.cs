using System.Net.Http.Headers;
using System.Text.Json;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Api;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(Sim.Fast());
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<(int Status, int Code, string Message)> SendAsync(string query, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "clientweb/api/v2/version" + query);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            using var doc = JsonDocument.Parse(text);
            return ((int)response.StatusCode, doc.RootElement.GetProperty("error_code").GetInt32(), doc.RootElement.GetProperty("error_message").GetString()!);
        }

        return ((int)response.StatusCode, 0, text);
    }

    private string Tenant => "?tenantUrl=" + _host.TenantUrl;

    private string Good => $"MOBILE-API-140-327-PLAIN appId=\"{_host.AppId}\", clientId=\"c1\"";

    [Fact]
    public async Task Version_ValidCredentials_Returns200WithServerVersion()
    {
        var (status, _, body) = await SendAsync(Tenant, Good);

        Assert.Equal(200, status);
        Assert.Contains("\"server_version\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1000, "Missing or invalid tenantUrl")]
    [InlineData("?tenantUrl=other.example.com", 1000, "Missing or invalid tenantUrl")]
    public async Task AnyMethod_MissingOrWrongTenant_Returns1000(string query, int code, string message)
    {
        var result = await SendAsync(query, Good);

        Assert.Equal((403, code, message), result);
    }

    [Theory]
    [InlineData(null, 2000, "Authorization header is missing")]
    [InlineData("appId=\"x\"", 2001, "Authorization parameter format is incorrect")]
    [InlineData("MOBILE-API-140-327-PLAIN appId", 2001, "Authorization parameter format is incorrect")]
    [InlineData("Bearer abc", 2002, "Authorization scheme is incorrect")]
    [InlineData("MOBILE-API-140-327-PLAIN clientId=\"c1\"", 2003, "Authorization parameter is missing: appId")]
    [InlineData("MOBILE-API-140-327-PLAIN appId=\"chatswarm-sim\"", 2004, "Authorization parameter is missing: clientId")]
    [InlineData("MOBILE-API-140-327-PLAIN appId=\"nope\", clientId=\"c1\"", 3000, "Missing or invalid application unique id")]
    public async Task AnyMethod_BadAuthorization_ReturnsDocumentedCode(string? header, int code, string message)
    {
        var result = await SendAsync(Tenant, header);

        Assert.Equal((403, code, message), result);
    }

    [Fact]
    public async Task RequestChat_WebChatClientId_IdentifiesClientByCookie()
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = _host.BaseAddress };
        using var client = new SimClient(_host, "WebChat", http: http);

        var first = await client.PostAsync("chats", "{}");
        var second = await client.PostAsync("chats", "{}");

        Assert.True(first.Body.GetProperty("is_new_chat").GetBoolean());
        Assert.False(second.Body.GetProperty("is_new_chat").GetBoolean());
        Assert.Equal(first.Body.GetProperty("chat_id").GetString(), second.Body.GetProperty("chat_id").GetString());
    }
}
