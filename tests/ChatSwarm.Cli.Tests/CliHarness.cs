using ChatSwarm.Cli;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Tests;

/// <summary>Invokes the chatswarm entry point in-process with captured output.</summary>
internal static class CliHarness
{
    public static async Task<(int Exit, string Out, string Error)> InvokeAsync(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            Interactive: false,
            CancellationToken.None,
            CancellationToken.None,
            currentDirectory,
            AppContext.BaseDirectory);
        var exit = await CliApp.InvokeAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }
}
