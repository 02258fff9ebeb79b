using System.CommandLine;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cli.Run;
using ChatSwarm.Cli.Simulate;
using ChatSwarm.Client.Resources;
using ChatSwarm.Simulator;

namespace ChatSwarm.Cli.Commands;

/// <summary><c>chatswarm simulate</c>: runs the staging-tenant simulator until Ctrl+C.</summary>
internal static class SimulateCommand
{
    /// <summary>Exit code for bad option values.</summary>
    public const int UsageError = 2;

    /// <summary>Builds the command; <paramref name="context"/> supplies the writers and the stop signals.</summary>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var urls = TypedOption.Create("--urls", $"Listen URLs separated by ';' (default {SimulateArguments.DefaultUrl}).", SimulateArguments.ParseUrls);
        var agents = TypedOption.WholeNumber("--agents", "Number of simulated agents (default 50).", 0, 100_000, "a whole number from 0 to 100000");
        var chatsPerAgent = TypedOption.WholeNumber("--chats-per-agent", "Chats one agent handles at once (default 3).", 1, 1000, "a whole number from 1 to 1000");
        var pollHold = TypedOption.Duration("--poll-hold", "How long Get New Chat Events holds an empty poll, e.g. 10s or 500ms (default 10s).", CliDefaults.ShortestDuration, TimeSpan.FromMinutes(5));
        var faults = TypedOption.File("--faults", "A fault plan YAML file (per-method error probabilities, latency, outages).", context.CurrentDirectory, "a fault plan YAML file", mustExist: true);
        var seed = CliDefaults.Seed("Seed for agent behaviour and faults (default 1).");

        var command = new Command("simulate", "Run a simulated Bright Pattern tenant (Messaging API v2 with simulated agents) for offline bot development and load rehearsals.")
        {
            urls, agents, chatsPerAgent, pollHold, faults, seed,
        };

        command.SetAction(async (parseResult, _) =>
        {
            var args = new SimulateArguments(
                parseResult.GetValue(urls),
                parseResult.GetValue(agents),
                parseResult.GetValue(chatsPerAgent),
                parseResult.GetValue(pollHold),
                parseResult.GetValue(faults),
                parseResult.GetValue(seed));
            if (!args.TryCreateOptions(out var options, out var error))
            {
                await context.Error.WriteLineAsync("chatswarm simulate: " + error).ConfigureAwait(false);
                return UsageError;
            }

            var listenUrls = args.ListenUrls;
            if (options.MaxConnections is null && OpenFileLimit.Current() is { } fileLimit)
            {
                // Refusing connections past the descriptor limit keeps the served ones healthy instead of failing at random.
                options = options with { MaxConnections = Math.Max(16, fileLimit - 256) };
            }

            try
            {
                // SIGTERM, SIGINT or SIGQUIT (the first one) stops the server; held polls are released on the way out.
                await SimulatorHost.RunAsync(options, listenUrls, context.StopGracefully, host =>
                    context.Out.WriteLine($"Simulator listening on {host.BaseAddress} (tenantUrl={host.TenantUrl}, appId={host.AppId}, agents={options.Agents}x{options.ChatsPerAgent}); stats at {host.BaseAddress}simulator/stats; Ctrl+C to stop.")).ConfigureAwait(false);
                await context.Out.WriteLineAsync("Simulator stopped.").ConfigureAwait(false);
                return 0;
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
            {
                // Kestrel reports an address already in use as an IOException (AddressInUseException).
                await context.Error.WriteLineAsync("chatswarm simulate: cannot listen on " + string.Join(", ", listenUrls) + ": " + OneLine(ex.Message)).ConfigureAwait(false);
                return UsageError;
            }
            catch (OperationCanceledException) when (context.StopGracefully.IsCancellationRequested)
            {
                return 0;
            }
        });

        return command;
    }

    private static string OneLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
