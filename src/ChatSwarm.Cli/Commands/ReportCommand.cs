using System.CommandLine;
using System.Globalization;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cli.Run;
using ChatSwarm.Reports.Comparing;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Cli.Commands;

/// <summary>
/// <c>chatswarm report merge|render|compare</c>: merges shard results, re-renders reports from report.json and
/// compares a new run against a base run.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Exit code for bad input (missing or invalid files, wrong arguments).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the output cannot be written.</summary>
    public const int WriteError = 1;

    /// <summary>Exit code of <c>compare</c> when a line regressed beyond the limit.</summary>
    public const int Regressed = 1;

    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var command = new Command("report", "Merge shard results of one run, re-render a report from its report.json, or compare two runs.")
        {
            CreateMerge(context),
            CreateRender(context),
            CreateCompare(context),
        };

        command.SetAction(async (_, _) =>
        {
            await context.Error.WriteLineAsync("chatswarm report: missing subcommand; expected 'merge DIR... --out DIR', 'render report.json [--out DIR]' or 'compare BASE NEW [--max-regression P]'").ConfigureAwait(false);
            return UsageError;
        });
        return command;
    }

    private static Command CreateMerge(CliContext context)
    {
        // Arity and required-ness are checked here rather than by the parser so every mistake gets the
        // same one-line message and exit code 2.
        var folders = new Argument<string[]>("DIR") { Description = "Shard run folders (or their report.json files).", Arity = ArgumentArity.ZeroOrMore };
        var output = TypedOption.Folder("--out", "Folder to write the merged report into (must not be a shard folder).", context.CurrentDirectory);
        var command = new Command("merge", "Merge the shard results of one run: counters add, histograms merge exactly, timelines align by time, thresholds are checked again on the merged data, and each shard becomes a row of the workers table.")
        {
            folders, output,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(folders) ?? [];
            var outDir = parseResult.GetValue(output);
            if (inputs.Length == 0)
            {
                return Fail(context, "merge", "no shard folders given; usage: chatswarm report merge DIR... --out DIR");
            }

            if (outDir is null)
            {
                return Fail(context, "merge", "--out DIR is required: the folder to write the merged report into");
            }

            return RunAsync(context, "merge", () => ReportMerger.MergeFoldersAsync(inputs.Select(i => Path.Combine(context.CurrentDirectory, i)).ToArray(), outDir.FullName, null, ReportThresholds.Evaluator, cancellationToken));
        });
        return command;
    }

    private static Command CreateRender(CliContext context)
    {
        var file = new Argument<string[]>("report.json") { Description = "A report.json file or the run folder holding it.", Arity = ArgumentArity.ZeroOrMore };
        var output = TypedOption.Folder("--out", "Folder to write the reports into (default: next to report.json).", context.CurrentDirectory);
        var command = new Command("render", "Re-render report.html, .csv, .md and .txt from a report.json.")
        {
            file, output,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(file) ?? [];
            var outDir = parseResult.GetValue(output);
            if (inputs.Length != 1)
            {
                return Fail(context, "render", $"expected exactly one report.json, got {inputs.Length}; usage: chatswarm report render report.json [--out DIR]");
            }

            return RunAsync(context, "render", () => ReportWriter.RenderAsync(Path.Combine(context.CurrentDirectory, inputs[0]), outDir?.FullName, null, cancellationToken));
        });
        return command;
    }

    private static Command CreateCompare(CliContext context)
    {
        var runs = new Argument<string[]>("BASE NEW") { Description = "The base run and the new run: run folders or report.json files.", Arity = ArgumentArity.ZeroOrMore };
        var limit = TypedOption.Create<double?>("--max-regression", "Largest tolerated worsening in percent (e.g. 10 or 10%); beyond it the command exits 1. Default 10.", text => ValueParser.Percent(text));
        var command = new Command("compare", "Compare a new run against a base run: latency percentiles, error rates, throughput and completion per step, chat measure and bot script; writes compare.html and compare.md beside NEW.")
        {
            runs, limit,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(runs) ?? [];
            if (inputs.Length != 2)
            {
                return await FailAsync(context, "compare", $"expected two runs (BASE NEW), got {inputs.Length}; usage: chatswarm report compare BASE NEW [--max-regression P]").ConfigureAwait(false);
            }

            var percent = parseResult.GetValue(limit) ?? ComparisonOptions.Default.MaxRegressionPercent;
            try
            {
                var result = await ComparisonWriter.CompareAsync(inputs[0], inputs[1], new ComparisonOptions { MaxRegressionPercent = percent }, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteAsync(result.Text).ConfigureAwait(false);
                await context.Out.WriteLineAsync(result.Html).ConfigureAwait(false);
                return result.Comparison.HasRegression ? Regressed : 0;
            }
            catch (ReportFormatException ex)
            {
                return await FailAsync(context, "compare", ex.Message).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"chatswarm report compare: cannot write the comparison: {ex.Message}").ConfigureAwait(false);
                return UsageError;
            }
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
