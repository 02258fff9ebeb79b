using System.Text;

namespace ChatSwarm.Configuration.Naming;

/// <summary>
/// The snake_case names enum values go by in files, reports and thresholds (RequestChat is request_chat), and the
/// lenient reading of them back: snake_case, kebab-case or PascalCase, in any letter case.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>The snake_case form of a PascalCase name, e.g. "GetNewChatEvents" is "get_new_chat_events".</summary>
    /// <param name="pascal">The name.</param>
    /// <returns>The snake_case name.</returns>
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    /// <summary>Every value's snake_case name, in declaration order, e.g. for "expected one of ..." messages.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => Of(v.ToString())).ToArray();

    /// <summary>Finds the value named <paramref name="text"/> in snake_case, kebab-case or PascalCase, ignoring case.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The name, e.g. "get_new_chat_events", "get-new-chat-events" or "GetNewChatEvents".</param>
    /// <param name="value">The value when found.</param>
    /// <returns>True when the name is a value's.</returns>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var normalized = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), normalized, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }
}
