namespace ChatSwarm.Client;

/// <summary>
/// A URL as it may be printed or logged: scheme, host, port and path only. User info (<c>user:password@</c>), the
/// query (tokens) and the fragment are dropped, so credentials given in a tenant or proxy URL never reach a console,
/// log or report.
/// </summary>
public static class SafeUrl
{
    /// <summary>The displayable form of <paramref name="url"/>, e.g. <c>https://tenant.example.com/api</c>.</summary>
    /// <param name="url">The URL; null gives an empty string.</param>
    /// <returns>The URL without secrets.</returns>
    public static string Display(Uri? url)
    {
        if (url is null)
        {
            return "";
        }

        if (!url.IsAbsoluteUri)
        {
            return Display(url.OriginalString);
        }

        var path = url.GetComponents(UriComponents.Path, UriFormat.UriEscaped);
        return url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) + "/" + path;
    }

    /// <summary>The displayable form of a URL given as text (also when it does not parse).</summary>
    /// <param name="url">The text.</param>
    /// <returns>The text without user info, query or fragment.</returns>
    public static string Display(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "";
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return Display(uri);
        }

        var cut = url.IndexOfAny(['?', '#']);
        var rest = cut < 0 ? url : url[..cut];
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        var at = rest.LastIndexOf('@');
        return at < 0 ? rest : (scheme < 0 || scheme > at ? "" : rest[..(scheme + 3)]) + rest[(at + 1)..];
    }
}
