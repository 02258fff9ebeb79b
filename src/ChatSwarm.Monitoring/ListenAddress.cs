using System.Globalization;
using System.Net;

namespace ChatSwarm.Monitoring;

/// <summary>Where a monitoring endpoint listens: a host (an IP address, <c>localhost</c>, or <c>*</c> for every interface) and a port (0 picks a free one).</summary>
/// <param name="Host">The host.</param>
/// <param name="Port">The port, 0..65535.</param>
public sealed record ListenAddress(string Host, int Port)
{
    /// <summary>Parses <c>HOST:PORT</c>: <c>127.0.0.1:9464</c>, <c>localhost:9464</c>, <c>[::1]:9464</c>, <c>*:9464</c> or <c>:9464</c> (every interface).</summary>
    /// <param name="text">The text.</param>
    /// <param name="address">The address when valid.</param>
    /// <param name="error">What is expected when invalid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? text, out ListenAddress? address, out string? error)
    {
        address = null;
        error = null;
        var colon = text?.LastIndexOf(':') ?? -1;
        if (text is null || colon < 0)
        {
            error = $"expected HOST:PORT such as 127.0.0.1:9464, got '{text}'";
            return false;
        }

        var host = text[..colon];
        var portText = text[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            error = $"expected a port number 0..65535 after the last ':', got '{text}'";
            return false;
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (host.Length == 0)
        {
            host = "*";
        }

        if (host != "*" && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(host, out _))
        {
            error = $"expected an IP address, localhost or * as the host, got '{text}'";
            return false;
        }

        address = new ListenAddress(host, port);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}" : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
