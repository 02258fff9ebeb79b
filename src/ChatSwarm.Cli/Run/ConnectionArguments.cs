using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.CommandLine;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Client;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// The connection flags shared by <c>run</c> and <c>bot</c>: <c>--ca-cert FILE</c> (trust a staging CA),
/// <c>--insecure</c> (skip certificate verification) and <c>--proxy URL</c>. Parsed into the client's typed options;
/// without <c>--proxy</c> the environment's HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply.
/// </summary>
/// <param name="CaCert">--ca-cert: a PEM or DER certificate file.</param>
/// <param name="Insecure">--insecure.</param>
/// <param name="Proxy">--proxy: an http(s) proxy URL.</param>
internal sealed record ConnectionArguments(FileInfo? CaCert, bool Insecure, Uri? Proxy)
{
    /// <summary>The warning printed at start when verification is off.</summary>
    public const string InsecureWarning = "WARNING: --insecure: TLS certificates are NOT verified; anyone on the path can read and change this traffic (recorded in the report)";

    /// <summary>No connection flags.</summary>
    public static ConnectionArguments None { get; } = new(null, false, null);

    /// <summary>True when any of the flags is given.</summary>
    public bool Any => CaCert is not null || Insecure || Proxy is not null;

    /// <summary>The --ca-cert option, resolved against <paramref name="currentDirectory"/>.</summary>
    public static Option<FileInfo?> CaCertOption(string currentDirectory) => TypedOption.File(
        "--ca-cert", "Also trust this CA certificate (PEM or DER) for the tenant's TLS certificate, e.g. a staging CA.", currentDirectory, "a CA certificate file (PEM or DER)");

    /// <summary>The --proxy option.</summary>
    public static Option<Uri?> ProxyOption() => TypedOption.HttpUrl(
        "--proxy", "HTTP proxy URL (default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment).", "an http:// proxy URL such as http://proxy.example.com:3128");

    /// <summary>Applies the flags to <paramref name="options"/>; on failure <paramref name="error"/> names the flag and what is expected.</summary>
    public bool TryApply(MessagingClientOptions options, out MessagingClientOptions result, out string? error)
    {
        result = options;
        error = null;
        if (Insecure && CaCert is not null)
        {
            error = "--insecure and --ca-cert: choose one; --ca-cert trusts a CA and still verifies, --insecure verifies nothing";
            return false;
        }

        X509Certificate2? authority = null;
        if (CaCert is not null)
        {
            if (!TryLoadCertificate(CaCert.FullName, out authority, out error))
            {
                error = $"--ca-cert: {error}";
                return false;
            }
        }

        result = options with { Proxy = Proxy, TrustedCertificateAuthority = authority, SkipCertificateValidation = Insecure };
        return true;
    }

    private static bool TryLoadCertificate(string path, out X509Certificate2? certificate, out string? error)
    {
        certificate = null;
        error = null;
        if (!File.Exists(path))
        {
            error = $"'{path}' does not exist; expected a CA certificate file (PEM or DER)";
            return false;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = System.Text.Encoding.ASCII.GetString(bytes);
            certificate = text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(bytes);
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = $"'{path}' is not a readable certificate (expected PEM or DER): {ex.Message.ReplaceLineEndings(" ")}";
            return false;
        }
    }
}
