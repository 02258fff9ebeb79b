using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChatSwarm.Client;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// The connection flags shared by <c>run</c> and <c>bot</c>: <c>--ca-cert FILE</c> (trust a staging CA),
/// <c>--insecure</c> (skip certificate verification) and <c>--proxy URL</c>. Parsed into the client's typed options;
/// without <c>--proxy</c> the environment's HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply.
/// </summary>
/// <param name="CaCert">--ca-cert: a PEM or DER certificate file.</param>
/// <param name="Insecure">--insecure.</param>
/// <param name="Proxy">--proxy: an http:// proxy URL.</param>
internal sealed record ConnectionArguments(string? CaCert, bool Insecure, string? Proxy)
{
    /// <summary>The warning printed at start when verification is off.</summary>
    public const string InsecureWarning = "WARNING: --insecure: TLS certificates are NOT verified; anyone on the path can read and change this traffic (recorded in the report)";

    /// <summary>Applies the flags to <paramref name="options"/>; on failure <paramref name="error"/> names the flag and what is expected.</summary>
    public bool TryApply(MessagingClientOptions options, string currentDirectory, out MessagingClientOptions result, out string? error)
    {
        result = options;
        error = null;
        if (Insecure && CaCert is not null)
        {
            error = "--insecure and --ca-cert: choose one; --ca-cert trusts a CA and still verifies, --insecure verifies nothing";
            return false;
        }

        Uri? proxy = null;
        if (Proxy is not null)
        {
            if (!Uri.TryCreate(Proxy, UriKind.Absolute, out proxy) || (proxy.Scheme != Uri.UriSchemeHttp && proxy.Scheme != Uri.UriSchemeHttps))
            {
                error = $"--proxy: expected an http:// proxy URL such as http://proxy.example.com:3128, got '{SafeUrl.Display(Proxy)}'";
                return false;
            }
        }

        X509Certificate2? authority = null;
        if (CaCert is not null)
        {
            var path = Path.GetFullPath(Path.Combine(currentDirectory, CaCert));
            if (!TryLoadCertificate(path, out authority, out error))
            {
                error = $"--ca-cert: {error}";
                return false;
            }
        }

        result = options with { Proxy = proxy, TrustedCertificateAuthority = authority, SkipCertificateValidation = Insecure };
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
