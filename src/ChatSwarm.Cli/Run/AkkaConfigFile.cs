using System.CommandLine;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cli.Run;

/// <summary><c>--akka-config FILE</c> of <c>run</c> and <c>bot</c>: HOCON laid over ChatSwarm's built-in Akka settings.</summary>
internal static class AkkaConfigFile
{
    /// <summary>The option's description, the same on both commands.</summary>
    public const string Description = "HOCON laid over the built-in Akka.NET settings, e.g. akka.actor.default-dispatcher.throughput or akka.loglevel (see docs/akka.md).";

    /// <summary>The --akka-config option, resolved against <paramref name="currentDirectory"/>.</summary>
    public static Option<FileInfo?> CreateOption(string currentDirectory) =>
        TypedOption.File("--akka-config", Description, currentDirectory, "the path of a HOCON file");

    /// <summary>Reads the settings; null <paramref name="file"/> gives the defaults. On failure <paramref name="error"/> is one line naming the file.</summary>
    public static bool TryRead(FileInfo? file, out ActorSystemOptions options, out string? error)
    {
        options = new ActorSystemOptions();
        error = null;
        if (file is null)
        {
            return true;
        }

        var path = file.FullName;
        string text;
        try
        {
            text = File.ReadAllText(path);
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
