using System.Collections;

namespace ChatSwarm.Cli.Run;

/// <summary>The process environment, read once here and handed to the libraries as data for {{env.NAME}} templates.</summary>
internal static class EnvironmentValues
{
    public static IReadOnlyDictionary<string, string> Read()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                values[name] = value;
            }
        }

        return values;
    }
}
