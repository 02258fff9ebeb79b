using System.Security.Cryptography.X509Certificates;

namespace ChatSwarm.Client;

/// <summary>Settings of a <see cref="IMessagingClient"/>. Validated by <c>MessagingClient.Create</c>.</summary>
public sealed record MessagingClientOptions
{
    /// <summary>Where the API is served, e.g. <c>https://tenant.example.com</c> or <c>http://127.0.0.1:5000</c>; required. The path <c>/clientweb/api/v2/</c> is appended.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The contact center's tenant URL sent as <c>?tenantUrl=</c> on every request; required.</summary>
    public required string TenantUrl { get; init; }

    /// <summary>The Messaging/Chat scenario entry's unique id (appId) sent in the Authorization header; required.</summary>
    public required string AppId { get; init; }

    /// <summary>Timeout of ordinary requests. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of a long poll; must exceed the server's hold (5–15 s). Default 45 s.</summary>
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Connections per server of the shared handler; each held poll occupies one. Default 100,000.</summary>
    public int MaxConnectionsPerServer { get; init; } = 100_000;

    /// <summary>How long an idle pooled connection is kept. Default 2 minutes.</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Largest upload accepted; larger files fail with 5501 before sending, as the server would. Default 25 MB (26,214,400 bytes).</summary>
    public long MaxUploadBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>The User-Agent header. Default <c>MobileClient</c>, as the API requires for non-browser clients.</summary>
    public string UserAgent { get; init; } = "MobileClient";

    /// <summary>A certificate authority trusted for the tenant's certificate in addition to the system's (a staging CA); the chain must end at it and the name must match. Default null (system trust only).</summary>
    public X509Certificate2? TrustedCertificateAuthority { get; init; }

    /// <summary>Skip TLS certificate verification entirely (self-signed staging tenants); callers should warn and record it. Default false.</summary>
    public bool SkipCertificateValidation { get; init; }

    /// <summary>An HTTP proxy for every request (http:// URL, credentials allowed in its user info). Default null: the environment's HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>Clock for measuring call latency. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"BaseAddress: expected an absolute http:// or https:// URL, got '{SafeUrl.Display(BaseAddress)}'.");
        if (string.IsNullOrWhiteSpace(TenantUrl))
            throw new ArgumentException("TenantUrl: expected the tenant's host name, e.g. 'yourcompany.brightpattern.com'.");
        if (string.IsNullOrWhiteSpace(AppId))
            throw new ArgumentException("AppId: expected the Messaging/Chat scenario entry's unique id.");
        if (RequestTimeout <= TimeSpan.Zero) throw new ArgumentException("RequestTimeout: expected a positive duration.");
        if (PollTimeout <= TimeSpan.Zero) throw new ArgumentException("PollTimeout: expected a positive duration.");
        if (MaxConnectionsPerServer < 1) throw new ArgumentException("MaxConnectionsPerServer: expected at least 1.");
        if (MaxUploadBytes < 1) throw new ArgumentException("MaxUploadBytes: expected at least 1 byte.");
        if (string.IsNullOrWhiteSpace(UserAgent)) throw new ArgumentException("UserAgent: expected a non-empty value.");
        if (HeaderValues.FindUnsafe(AppId) is { } appIdProblem) throw new ArgumentException($"AppId: {appIdProblem}.");
        if (TenantUrl.Any(char.IsControl)) throw new ArgumentException("TenantUrl: contains a control character; expected a host name.");
        if (HeaderValues.FindUnsafe(UserAgent) is { } agentProblem) throw new ArgumentException($"UserAgent: {agentProblem}.");
        if (Proxy is not null && (!Proxy.IsAbsoluteUri || (Proxy.Scheme != Uri.UriSchemeHttp && Proxy.Scheme != Uri.UriSchemeHttps)))
            throw new ArgumentException($"Proxy: expected an absolute http:// URL, got '{SafeUrl.Display(Proxy)}'.");
        if (SkipCertificateValidation && TrustedCertificateAuthority is not null)
            throw new ArgumentException("SkipCertificateValidation: cannot be combined with TrustedCertificateAuthority; choose one.");
    }
}
