using ChatSwarm.Cli;
using ChatSwarm.Cli.Run;
using ChatSwarm.Cli.Signals;

// SIGINT, SIGTERM and SIGQUIT: the first ends the chats and writes every report, the second stops at once.
using var signals = StopSignals.Register(Console.Error);

var context = new CliContext(
    Console.Out,
    Console.Error,
    Interactive: !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive,
    signals.StopGracefully,
    signals.StopNow,
    Environment.CurrentDirectory,
    AppContext.BaseDirectory);
return await CliApp.InvokeAsync(args, context).ConfigureAwait(false);
