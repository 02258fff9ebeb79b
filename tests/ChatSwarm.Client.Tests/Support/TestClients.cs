namespace ChatSwarm.Client.Tests.Support;

/// <summary>Options and clients pointed at a fake tenant.</summary>
public static class TestClients
{
    public const string AppId = "test";
    public const string ClientId = "123";
    public const string TenantUrl = "yourcompany.brightpattern.com";

    public static MessagingClientOptions Options(Uri? baseAddress = null) => new()
    {
        BaseAddress = baseAddress ?? new Uri("https://yourcompany.brightpattern.com"),
        TenantUrl = TenantUrl,
        AppId = AppId,
    };

    public static IMessagingClient Create(HttpMessageHandler handler, MessagingClientOptions? options = null) =>
        MessagingClient.Create(options ?? Options(), handler);
}
