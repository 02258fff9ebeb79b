namespace ChatSwarm.Bots.Scripting;

/// <summary>Loads bot scripts (bots/*.yaml). Every mistake is reported, one line each, as "path:line:column: ...; expected ...".</summary>
public static class BotScriptLoader
{
    /// <summary>Loads and validates the script at <paramref name="path"/>; files it names are resolved relative to its folder.</summary>
    /// <param name="path">The script file.</param>
    /// <returns>The script.</returns>
    /// <exception cref="BotScriptException">The file is missing or invalid; <see cref="BotScriptException.Errors"/> lists every problem.</exception>
    public static BotScript Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path) && Files.FileKind.DescribeIfNotRegular(path) is { } kind)
        {
            throw new BotScriptException($"{path}: cannot read the script: it is {kind}; expected a YAML file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BotScriptException($"{path}: cannot read the script ({ex.Message.TrimEnd('.')}); expected a readable YAML file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Parse(text, path, folder);
    }

    /// <summary>Parses script text; <paramref name="sourceName"/> is used in errors and <paramref name="baseDirectory"/> resolves file paths.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="sourceName">The name shown in errors (usually the path).</param>
    /// <param name="baseDirectory">The folder that relative file paths (files/, utterances/) are resolved against.</param>
    /// <returns>The script.</returns>
    /// <exception cref="BotScriptException">The text is invalid.</exception>
    public static BotScript Parse(string text, string sourceName, string baseDirectory)
    {
        var parser = new BotScriptParser(sourceName, baseDirectory);
        var script = parser.Parse(text);
        if (parser.Errors.Count > 0 || script is null)
        {
            throw new BotScriptException(parser.Errors.Count > 0 ? parser.Errors : [$"{sourceName}: invalid script"]);
        }

        return script;
    }
}
