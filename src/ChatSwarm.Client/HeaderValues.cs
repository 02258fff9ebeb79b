using System.Globalization;

namespace ChatSwarm.Client;

/// <summary>
/// Checks values that go into request headers (the appId in the quoted Authorization parameter, the User-Agent) or the
/// query (tenantUrl): a double quote, a backslash or a control character would break the header or smuggle another one,
/// so such values are refused before any request is sent.
/// </summary>
public static class HeaderValues
{
    /// <summary>Describes the first character that cannot go into a header value, or null when the value is safe.</summary>
    /// <param name="value">The value.</param>
    /// <returns>E.g. <c>contains a double quote (") at position 3, which would break the Authorization header</c>; null when safe.</returns>
    public static string? FindUnsafe(string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? what = c switch
            {
                '"' => "a double quote (\")",
                '\\' => "a backslash (\\)",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"a control character (U+{(int)c:X4})"),
                _ when c > '\u007e' => string.Create(CultureInfo.InvariantCulture, $"a non-ASCII character (U+{(int)c:X4})"),
                _ => null,
            };
            if (what is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"contains {what} at position {i + 1}, which cannot go into a request header");
            }
        }

        return null;
    }
}
