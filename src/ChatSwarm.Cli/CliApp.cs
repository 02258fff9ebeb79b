using System.CommandLine;
using System.CommandLine.Parsing;
using ChatSwarm.Cli.Commands;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli;

/// <summary>
/// The <c>chatswarm</c> command tree and its invocation. Parse errors become one line naming what is wrong, with exit
/// code 2; Ctrl+C is handled by the caller (first press ends chats gracefully, the second stops at once).
/// </summary>
internal static class CliApp
{
    /// <summary>Exit code for bad command-line input.</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("ChatSwarm: load tests and chat bots for Bright Pattern web chat (Messaging API v2).")
        {
            RunCommand.Create(context),
            SimulateCommand.Create(context),
            ReportCommand.Create(context),
            BotCommand.Create(context),
            WorkerCommand.Create(context),
        };
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = CreateRoot(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var name = CommandPath(parseResult.CommandResult);
            var message = parseResult.Errors[0].Message;

            // A typed option's own error names the option and what it expects; the parser's generic ones point at --help.
            await context.Error.WriteLineAsync(message.StartsWith("--", StringComparison.Ordinal) ? $"{name}: {message}" : $"{name}: {message} (see '{name} --help')").ConfigureAwait(false);
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,

            // Ctrl+C is ours: the first press must end chats and still write reports, not cancel the command outright.
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The command as typed, e.g. "chatswarm report compare", so a parse error names the same command as the command's own errors.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result is not null; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "chatswarm" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
