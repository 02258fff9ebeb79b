using System.Globalization;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>
/// A cluster node's address as users write it: <c>HOST:PORT</c> (<c>[::1]:PORT</c> for IPv6). The host is both the
/// address the node binds to and the one other nodes use to reach it, so it must be reachable from them.
/// </summary>
/// <param name="Host">A host name or IP address (without brackets).</param>
/// <param name="Port">The TCP port; 0 picks a free one when listening.</param>
public sealed record ClusterEndpoint(string Host, int Port)
{
    /// <summary>The form expected, for error messages.</summary>
    public const string ExpectedForm = "HOST:PORT, e.g. 10.0.0.5:4053 or 127.0.0.1:0";

    /// <summary>Parses <c>HOST:PORT</c>; on failure <paramref name="error"/> says what is expected (without naming the option).</summary>
    /// <param name="text">The text.</param>
    /// <param name="endpoint">The endpoint, when valid.</param>
    /// <param name="error">The problem, when not.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? text, out ClusterEndpoint? endpoint, out string? error)
    {
        endpoint = null;
        error = null;
        var value = text?.Trim() ?? "";
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            error = $"expected {ExpectedForm}, got '{text}'";
            return false;
        }

        var host = value[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            error = $"expected {ExpectedForm} (IPv6 addresses in brackets, e.g. [::1]:4053), got '{text}'";
            return false;
        }

        if (host.Length == 0 || host.Any(char.IsWhiteSpace))
        {
            error = $"expected {ExpectedForm}, got '{text}'";
            return false;
        }

        if (!int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            error = $"expected a port from 0 to 65535 in {ExpectedForm}, got '{text}'";
            return false;
        }

        endpoint = new ClusterEndpoint(host, port);
        return true;
    }

    /// <summary>True for an address that means "every interface" (0.0.0.0, ::), which other nodes cannot use to reach this one.</summary>
    public bool IsWildcard => Host is "0.0.0.0" or "::" or "*";

    /// <inheritdoc />
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal)
        ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
        : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
