using System.Net;
using ChatSwarm.Client.Http;

namespace ChatSwarm.Client;

/// <summary>Creates <see cref="IMessagingClient"/> instances.</summary>
public static class MessagingClient
{
    /// <summary>
    /// Validates <paramref name="options"/> and creates a client. Create ONE client per process and share it among
    /// all simulated sessions: it owns a single connection pool (each held long poll occupies one connection) and is
    /// safe for concurrent use. Without <paramref name="handler"/> the client builds and owns a
    /// <see cref="SocketsHttpHandler"/> sized by the options (no cookies, no redirects, no compression); a given
    /// handler is used as is and not disposed with the client.
    /// </summary>
    /// <exception cref="Configuration.Validation.OptionsValidationException">Settings are invalid; the message lists every problem.</exception>
    public static IMessagingClient Create(MessagingClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        return handler is null
            ? new MessagingHttpClient(options, CreateHandler(options), disposeHandler: true)
            : new MessagingHttpClient(options, handler, disposeHandler: false);
    }

    internal static SocketsHttpHandler CreateHandler(MessagingClientOptions options)
    {
        var handler = CreateBaseHandler(options);
        if (options.Proxy is { } proxy)
        {
            handler.Proxy = new WebProxy(proxy);
            handler.UseProxy = true;
        }

        if (options.SkipCertificateValidation)
        {
            // The user asked to skip verification explicitly (self-signed staging tenants); the CLI warns and the report records it.
#pragma warning disable CA5359
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (options.TrustedCertificateAuthority is { } authority)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                CertificateTrust.IsTrusted(authority, certificate, chain, errors);
        }

        return handler;
    }

    private static SocketsHttpHandler CreateBaseHandler(MessagingClientOptions options) => new()
    {
        MaxConnectionsPerServer = options.MaxConnectionsPerServer,
        PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
        ConnectTimeout = options.RequestTimeout,
        UseCookies = false,
        AllowAutoRedirect = false,
        // Chat bodies are a few hundred bytes: inflating them would cost the load generator more CPU than it saves.
        AutomaticDecompression = DecompressionMethods.None,
    };
}
