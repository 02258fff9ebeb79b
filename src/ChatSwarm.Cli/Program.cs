using ChatSwarm.Cli;
using ChatSwarm.Cli.Run;

// Two-stage Ctrl+C: the first press asks the run to end its chats and write reports; the second stops at once.
using var stopGracefully = new CancellationTokenSource();
using var stopNow = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    if (!stopGracefully.IsCancellationRequested)
    {
        Console.Error.WriteLine("Stopping: ending chats and writing the report (Ctrl+C again to stop at once)...");
        stopGracefully.Cancel();
    }
    else
    {
        stopNow.Cancel();
    }
};

var context = new CliContext(
    Console.Out,
    Console.Error,
    Interactive: !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive,
    stopGracefully.Token,
    stopNow.Token,
    Environment.CurrentDirectory,
    AppContext.BaseDirectory);
return await CliApp.InvokeAsync(args, context).ConfigureAwait(false);
