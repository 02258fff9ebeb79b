namespace ChatSwarm.Reports.Model;

/// <summary>Identity of a run: who ran what, against which target, on which machine.</summary>
public sealed record RunInfo
{
    /// <summary>Certificates were verified against the system's trust store (or the target was plain HTTP).</summary>
    public const string TlsVerified = "verified";

    /// <summary>Certificates were verified, also trusting an extra certificate authority given for the run.</summary>
    public const string TlsVerifiedWithExtraCa = "verified (extra CA)";

    /// <summary>Certificates were not verified (asked for a self-signed staging tenant).</summary>
    public const string TlsNotVerified = "not verified";

    /// <summary>Run id shared by all shards of a run; default empty.</summary>
    public string Id { get; init; } = "";

    /// <summary>Load profile name; default empty.</summary>
    public string Profile { get; init; } = "";

    /// <summary>Target base URL without credentials or query; default empty.</summary>
    public string TargetBaseUrl { get; init; } = "";

    /// <summary>When the run (or the earliest shard) started; default the Unix epoch.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock duration in seconds; default 0.</summary>
    public double DurationS { get; init; }

    /// <summary>Number of shards merged into this report; default 1.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Random seed of the run, if one was fixed; default null.</summary>
    public long? Seed { get; init; }

    /// <summary>chatswarm version that produced the run; default empty.</summary>
    public string ToolVersion { get; init; } = "";

    /// <summary>TLS certificate verification of the target: "verified", <see cref="TlsVerifiedWithExtraCa"/> or <see cref="TlsNotVerified"/>; default "verified".</summary>
    public string TlsVerification { get; init; } = TlsVerified;

    /// <summary>Machine the run executed on; default unknown.</summary>
    public MachineInfo Machine { get; init; } = new();

    /// <summary>
    /// Reduces a URL to scheme, host, port and path, dropping user info, query and fragment (where app ids,
    /// tokens or passwords could sit). Text that is not an absolute URL is returned without any query part.
    /// </summary>
    public static string SafeBaseUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "";
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            string path = uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped);
            return uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) + (path.Length == 0 ? "" : "/" + path);
        }

        int cut = url.IndexOfAny(['?', '#']);
        string rest = cut < 0 ? url : url[..cut];
        int at = rest.LastIndexOf('@');
        return at < 0 ? rest : rest[(at + 1)..];
    }
}
