using System.Security.Cryptography.X509Certificates;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Client;

/// <summary>Settings of a <see cref="IMessagingClient"/>. Validated once by <c>MessagingClient.Create</c> (<see cref="Validate"/>).</summary>
public sealed record MessagingClientOptions : IValidatableOptions
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

    /// <summary>
    /// How long an idle pooled connection is kept. Default 5 s: thousands of customers share one pool, so a connection
    /// nobody took for 5 s is surplus (left by a burst of sends beside the held polls, e.g. a ramp) and its buffers and
    /// socket are returned instead of held for minutes.
    /// </summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromSeconds(5);

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

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <c>MessagingClient.Create</c> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
            yield return $"BaseAddress: expected an absolute http:// or https:// URL, got '{(BaseAddress is null ? "null" : SafeUrl.Display(BaseAddress))}'";
        if (string.IsNullOrWhiteSpace(TenantUrl))
            yield return "TenantUrl: expected the tenant's host name, e.g. 'yourcompany.brightpattern.com'";
        else if (TenantUrl.Any(char.IsControl))
            yield return "TenantUrl: contains a control character; expected a host name";
        if (string.IsNullOrWhiteSpace(AppId))
            yield return "AppId: expected the Messaging/Chat scenario entry's unique id";
        else if (HeaderValues.FindUnsafe(AppId) is { } appIdProblem)
            yield return $"AppId: {appIdProblem}";
        if (RequestTimeout <= TimeSpan.Zero) yield return "RequestTimeout: expected a positive duration";
        if (PollTimeout <= TimeSpan.Zero) yield return "PollTimeout: expected a positive duration";
        if (MaxConnectionsPerServer < 1) yield return "MaxConnectionsPerServer: expected at least 1";
        if (PooledConnectionIdleTimeout <= TimeSpan.Zero) yield return "PooledConnectionIdleTimeout: expected a positive duration";
        if (MaxUploadBytes < 1) yield return "MaxUploadBytes: expected at least 1 byte";
        if (string.IsNullOrWhiteSpace(UserAgent))
            yield return "UserAgent: expected a non-empty value";
        else if (HeaderValues.FindUnsafe(UserAgent) is { } agentProblem)
            yield return $"UserAgent: {agentProblem}";
        if (Proxy is not null && (!Proxy.IsAbsoluteUri || (Proxy.Scheme != Uri.UriSchemeHttp && Proxy.Scheme != Uri.UriSchemeHttps)))
            yield return $"Proxy: expected an absolute http:// URL, got '{SafeUrl.Display(Proxy)}'";
        if (SkipCertificateValidation && TrustedCertificateAuthority is not null)
            yield return "SkipCertificateValidation: cannot be combined with TrustedCertificateAuthority; choose one";
        if (TimeProvider is null) yield return "TimeProvider: expected a clock, got null";
    }
}
