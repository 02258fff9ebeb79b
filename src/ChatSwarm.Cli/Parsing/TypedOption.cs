using System.CommandLine;
using System.CommandLine.Parsing;

namespace ChatSwarm.Cli.Parsing;

/// <summary>
/// Options whose values are parsed while the command line is parsed: a bad value is one parse error
/// "--name: what is wrong; what is expected", which <see cref="CliApp"/> prints as one line with exit code 2.
/// </summary>
internal static class TypedOption
{
    /// <summary>An option parsed by <paramref name="parse"/>, which throws <see cref="FormatException"/> for a bad value.</summary>
    public static Option<T> Create<T>(string name, string description, Func<string, T> parse) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(result, name, parse),
    };

    /// <summary>A whole-number option; null when not given.</summary>
    public static Option<int?> WholeNumber(string name, string description, int min, int max, string expected) =>
        Create<int?>(name, description, text => ValueParser.WholeNumber(text, min, max, expected));

    /// <summary>A duration option (e.g. 30s, 5m); null when not given.</summary>
    public static Option<TimeSpan?> Duration(string name, string description, TimeSpan min, TimeSpan? max = null) =>
        Create<TimeSpan?>(name, description, text => ValueParser.Duration(text, min, max));

    /// <summary>An absolute http(s) URL option; null when not given. <paramref name="expected"/> describes the URL for errors.</summary>
    public static Option<Uri?> HttpUrl(string name, string description, string expected) =>
        Create<Uri?>(name, description, text => ValueParser.HttpUrl(text, expected));

    /// <summary>A non-blank text option, trimmed; null when not given.</summary>
    public static Option<string?> Text(string name, string description, string expected) =>
        Create<string?>(name, description, text => ValueParser.Text(text, expected));

    /// <summary>A file option resolved against <paramref name="currentDirectory"/>; with <paramref name="mustExist"/> the file must exist.</summary>
    public static Option<FileInfo?> File(string name, string description, string currentDirectory, string expected, bool mustExist = false) =>
        Create<FileInfo?>(name, description, text => mustExist ? ValueParser.ExistingFile(text, currentDirectory, expected) : ValueParser.File(text, currentDirectory, expected));

    /// <summary>A folder option resolved against <paramref name="currentDirectory"/>.</summary>
    public static Option<DirectoryInfo?> Folder(string name, string description, string currentDirectory) =>
        Create<DirectoryInfo?>(name, description, text => ValueParser.Folder(text, currentDirectory));

    private static T Parse<T>(ArgumentResult result, string name, Func<string, T> parse)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        try
        {
            return parse(text);
        }
        catch (FormatException ex)
        {
            result.AddError($"{name}: {ex.Message}");
            return default!;
        }
    }
}
