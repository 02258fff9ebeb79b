using System.CommandLine;
using ChatSwarm.Cli.Run;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Cli.Commands;

/// <summary><c>chatswarm report merge|render</c>: merges shard results and re-renders reports from report.json.</summary>
internal static class ReportCommand
{
    /// <summary>Exit code for bad input (missing or invalid files, wrong arguments).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the output cannot be written.</summary>
    public const int WriteError = 1;

    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var command = new Command("report", "Merge shard results of one run or re-render a report from its report.json.")
        {
            CreateMerge(context),
            CreateRender(context),
        };

        command.SetAction(async (_, _) =>
        {
            await context.Error.WriteLineAsync("chatswarm report: missing subcommand; expected 'merge DIR... --out DIR' or 'render report.json [--out DIR]'").ConfigureAwait(false);
            return UsageError;
        });
        return command;
    }

    private static Command CreateMerge(CliContext context)
    {
        // Arity and required-ness are checked here rather than by the parser so every mistake gets the
        // same one-line message and exit code 2.
        var folders = new Argument<string[]>("DIR") { Description = "Shard run folders (or their report.json files).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "Folder to write the merged report into (must not be a shard folder)." };
        var command = new Command("merge", "Merge the shard results of one run: counters add, histograms merge exactly, timelines align by time.")
        {
            folders, output,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(folders) ?? [];
            string? outDir = parseResult.GetValue(output);
            if (inputs.Length == 0)
            {
                return Fail(context, "merge", "no shard folders given; usage: chatswarm report merge DIR... --out DIR");
            }

            if (string.IsNullOrWhiteSpace(outDir))
            {
                return Fail(context, "merge", "--out DIR is required: the folder to write the merged report into");
            }

            return RunAsync(context, "merge", () => ReportMerger.MergeFoldersAsync(inputs.Select(i => Path.Combine(context.CurrentDirectory, i)).ToArray(), Path.Combine(context.CurrentDirectory, outDir), null, cancellationToken));
        });
        return command;
    }

    private static Command CreateRender(CliContext context)
    {
        var file = new Argument<string[]>("report.json") { Description = "A report.json file or the run folder holding it.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "Folder to write the reports into (default: next to report.json)." };
        var command = new Command("render", "Re-render report.html, .csv, .md and .txt from a report.json.")
        {
            file, output,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(file) ?? [];
            string? outDir = parseResult.GetValue(output);
            if (inputs.Length != 1)
            {
                return Fail(context, "render", $"expected exactly one report.json, got {inputs.Length}; usage: chatswarm report render report.json [--out DIR]");
            }

            if (outDir is not null && string.IsNullOrWhiteSpace(outDir))
            {
                return Fail(context, "render", "--out is empty; expected a folder path");
            }

            return RunAsync(context, "render", () => ReportWriter.RenderAsync(Path.Combine(context.CurrentDirectory, inputs[0]), outDir is null ? null : Path.Combine(context.CurrentDirectory, outDir), null, cancellationToken));
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string verb, Func<Task<ReportFiles>> action)
    {
        try
        {
            var files = await action().ConfigureAwait(false);
            await context.Out.WriteLineAsync(files.Html).ConfigureAwait(false);
            return 0;
        }
        catch (ReportFormatException ex)
        {
            return await FailAsync(context, verb, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"chatswarm report {verb}: cannot write the report: {ex.Message}").ConfigureAwait(false);
            return WriteError;
        }
    }

    private static Task<int> Fail(CliContext context, string verb, string message) => FailAsync(context, verb, message);

    private static async Task<int> FailAsync(CliContext context, string verb, string message)
    {
        await context.Error.WriteLineAsync($"chatswarm report {verb}: {message}").ConfigureAwait(false);
        return UsageError;
    }
}
