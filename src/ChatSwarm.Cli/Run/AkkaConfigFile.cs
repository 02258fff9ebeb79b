using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cli.Run;

/// <summary><c>--akka-config FILE</c> of <c>run</c> and <c>bot</c>: HOCON laid over ChatSwarm's built-in Akka settings.</summary>
internal static class AkkaConfigFile
{
    /// <summary>The option's description, the same on both commands.</summary>
    public const string Description = "HOCON laid over the built-in Akka.NET settings, e.g. akka.actor.default-dispatcher.throughput or akka.loglevel (see docs/akka.md).";

    /// <summary>Reads the settings; null <paramref name="path"/> gives the defaults. On failure <paramref name="error"/> is one line naming the file.</summary>
    public static bool TryRead(string? path, string currentDirectory, out ActorSystemOptions options, out string? error)
    {
        options = new ActorSystemOptions();
        error = null;
        if (path is null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            error = "--akka-config: expected the path of a HOCON file";
            return false;
        }

        var fullPath = Path.GetFullPath(Path.Combine(currentDirectory, path));
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"--akka-config: cannot read '{path}': {ex.Message}";
            return false;
        }

        if (ActorSystemOptions.HoconError(text) is { } hoconError)
        {
            error = $"--akka-config: {path}: not valid HOCON: {hoconError}";
            return false;
        }

        options = new ActorSystemOptions { Hocon = text };
        return true;
    }
}
