using ChatSwarm.Configuration.Validation;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Http;

/// <summary>DNS, TLS and descriptor exhaustion get their own codes; only DNS is worth retrying, a full descriptor table never is.</summary>
public sealed class SetupFailureClassificationTests
{
    public static TheoryData<string, ApiErrorCode, bool> Failures() => new()
    {
        { "dns", ApiErrorCode.NameResolutionFailed, true },
        { "dns-socket", ApiErrorCode.NameResolutionFailed, true },
        { "tls", ApiErrorCode.TlsFailure, false },
        { "tls-error", ApiErrorCode.TlsFailure, false },
        { "emfile-socket", ApiErrorCode.LocalResourceExhausted, false },
        { "emfile-io", ApiErrorCode.LocalResourceExhausted, false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task AnyMethod_TransportFailure_MapsToItsOwnCodeAndTransience(string kind, ApiErrorCode expected, bool transient)
    {
        var handler = new ThrowingHandler(() => Create(kind));
        using var client = TestClients.Create(handler);

        var result = await client.RequestChatAsync(TestClients.ClientId, new Models.ChatRequest());

        Assert.Equal(expected, result.Error?.Code);
        Assert.Equal(transient, result.Error!.IsTransient);
    }

    [Fact]
    public void AppId_WithQuoteOrControlCharacter_RefusedBeforeAnyRequest()
    {
        Assert.Contains("double quote", Assert.Throws<OptionsValidationException>(() => MessagingClient.Create(TestClients.Options() with { AppId = "ab\"cd" })).Message, StringComparison.Ordinal);
        Assert.Contains("control character", Assert.Throws<OptionsValidationException>(() => MessagingClient.Create(TestClients.Options() with { AppId = "ab\r\nX: y" })).Message, StringComparison.Ordinal);
        Assert.Contains("TenantUrl", Assert.Throws<OptionsValidationException>(() => MessagingClient.Create(TestClients.Options() with { TenantUrl = "t\n" })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyMethod_ProxyOption_SendsTheRequestThroughTheProxy()
    {
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        var port = ((IPEndPoint)proxy.LocalEndpoint).Port;
        var options = TestClients.Options(new Uri("http://tenant.invalid:8080/")) with { Proxy = new Uri($"http://127.0.0.1:{port}") };
        using var client = MessagingClient.Create(options);

        var call = client.GetVersionAsync(TestClients.ClientId);
        using var connection = await proxy.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var stream = connection.GetStream();
        var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var requestLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var body = """{"server_version":"5.19"}""";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("GET http://tenant.invalid:8080/clientweb/api/v2/", requestLine, StringComparison.Ordinal);
        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Theory]
    [InlineData("https://user:secret@tenant.example.com/api/?token=abc#frag", "https://tenant.example.com/api/")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/")]
    [InlineData("user:pw@host/x?y=1", "host/x")]
    public void SafeUrl_UrlWithSecrets_KeepsOnlySchemeHostPortAndPath(string url, string expected)
    {
        Assert.Equal(expected, SafeUrl.Display(url));
    }

    private static Exception Create(string kind) => kind switch
    {
        "dns" => new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (tenant.invalid:443)", new SocketException((int)SocketError.HostNotFound)),
        "dns-socket" => new HttpRequestException("failed", new SocketException((int)SocketError.HostNotFound)),
        "tls" => new HttpRequestException("The SSL connection could not be established", new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")),
        "tls-error" => new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established", new IOException("Received an unexpected EOF")),
        "emfile-socket" => new HttpRequestException("failed", new SocketException((int)SocketError.TooManyOpenSockets)),
        _ => new HttpRequestException("failed", new IOException("Too many open files")),
    };
}
