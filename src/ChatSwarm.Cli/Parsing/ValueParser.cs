using System.Globalization;
using ChatSwarm.Client;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Cli.Parsing;

/// <summary>
/// Turns the text of an option or an environment variable into a typed value, or throws <see cref="FormatException"/>
/// whose message says what is wrong and what is expected; the caller prefixes the option's or variable's name.
/// </summary>
internal static class ValueParser
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="expected"/> describes it, e.g. "a whole number of sessions of at least 1".</summary>
    public static int WholeNumber(string text, int min, int max, string expected)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        throw new FormatException($"expected {expected}, got '{text}'");
    }

    /// <summary>A duration in ChatSwarm's one grammar (<see cref="DurationParser"/>) from <paramref name="min"/> to <paramref name="max"/> (null: no limit).</summary>
    public static TimeSpan Duration(string text, TimeSpan min, TimeSpan? max = null)
    {
        if (!DurationParser.TryParse(text, out var value, out _))
        {
            throw new FormatException($"expected {DurationParser.ExpectedForm}, got '{text}'");
        }

        if (value < min || value > max)
        {
            throw new FormatException(max is { } most
                ? $"expected a duration from {DurationParser.Format(min)} to {DurationParser.Format(most)}, got '{text}'"
                : $"expected a duration of at least {DurationParser.Format(min)}, got '{text}'");
        }

        return value;
    }

    /// <summary>An absolute http:// or https:// URL; <paramref name="expected"/> describes it, e.g. "an absolute http:// or https:// URL".</summary>
    public static Uri HttpUrl(string text, string expected)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new FormatException($"expected {expected}, got '{SafeUrl.Display(text)}'");
    }

    /// <summary>Text that is not empty or blank, trimmed; <paramref name="expected"/> describes it.</summary>
    public static string Text(string text, string expected) =>
        string.IsNullOrWhiteSpace(text) ? throw new FormatException("expected " + expected) : text.Trim();

    /// <summary>A finite percentage of 0 or more: "10", "10%" or "2.5 %".</summary>
    public static double Percent(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%'))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent >= 0 && double.IsFinite(percent))
        {
            return percent;
        }

        throw new FormatException($"'{text}' is not a percentage; expected a number of 0 or more such as 10 or 10%");
    }

    /// <summary>A path resolved against <paramref name="currentDirectory"/>; <paramref name="expected"/> describes the file.</summary>
    public static FileInfo File(string text, string currentDirectory, string expected) =>
        new(Path.GetFullPath(Path.Combine(currentDirectory, Text(text, expected))));

    /// <summary>A file that exists, resolved against <paramref name="currentDirectory"/>; <paramref name="expected"/> describes it.</summary>
    public static FileInfo ExistingFile(string text, string currentDirectory, string expected)
    {
        var file = File(text, currentDirectory, expected);
        return file.Exists ? file : throw new FormatException($"'{text}' does not exist; expected {expected}");
    }

    /// <summary>A folder path resolved against <paramref name="currentDirectory"/>.</summary>
    public static DirectoryInfo Folder(string text, string currentDirectory) =>
        new(Path.GetFullPath(Path.Combine(currentDirectory, Text(text, "a folder path"))));

    /// <summary>Adapts a library's try-parse (error without the option's name) to a parser that throws.</summary>
    public static T FromTry<T>(string text, TryParse<T> tryParse)
        where T : class =>
        tryParse(text, out var value, out var error) && value is not null ? value : throw new FormatException(error ?? $"unexpected value '{text}'");

    /// <summary>A library's try-parse: true and a value, or false and a one-line error.</summary>
    public delegate bool TryParse<T>(string? text, out T? value, out string? error)
        where T : class;
}
