using System.CommandLine;
using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Client;
using ChatSwarm.Reports.JUnit;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;

namespace ChatSwarm.Cli.Commands;

/// <summary>
/// <c>chatswarm bot SCRIPT</c>: runs one scripted conversation against a tenant (default: an embedded simulator whose
/// agents show forms, secure forms, files and a case, so every script feature is exercised) and prints the transcript.
/// Exit code 0 when every expectation held, 1 otherwise, 2 for bad input.
/// </summary>
internal static class BotCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var script = new Argument<string>("SCRIPT") { Description = "The bot script, e.g. bots/greeting-and-question.yaml." };
        var tenant = new Option<string>("--tenant") { Description = "The tenant's base URL, e.g. https://yourcompany.brightpattern.com (default: an embedded simulator)." };
        var tenantUrl = new Option<string>("--tenant-url") { Description = "The tenantUrl host sent with every request (default: the --tenant host)." };
        var appId = new Option<string>("--app-id") { Description = "The Messaging/Chat scenario entry's unique id (required with --tenant)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also show receipts, typing and widget lifecycle events." };
        var seed = new Option<string>("--seed") { Description = "Seed for the customer's data and choices (default 1)." };
        var timeout = new Option<string>("--timeout") { Description = "Longest the conversation may run, e.g. 90s or 5m (default 5m)." };
        var junit = new Option<string>("--junit") { Description = "Also write a JUnit XML test report to FILE: one test case per expectation, one for the conversation." };
        var transcriptFile = new Option<string>("--transcript") { Description = "Also write the whole transcript, outcome and counters as JSON to FILE." };

        var command = new Command("bot", "Run one scripted bot conversation and print its transcript; exit 0 when every expectation held (usable in a chatbot's CI).")
        {
            script, tenant, tenantUrl, appId, verbose, seed, timeout, junit, transcriptFile,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!BotRunRequest.TryCreate(
                parseResult.GetValue(script),
                parseResult.GetValue(tenant),
                parseResult.GetValue(tenantUrl),
                parseResult.GetValue(appId),
                parseResult.GetValue(seed),
                parseResult.GetValue(timeout),
                parseResult.GetValue(verbose),
                out var request,
                out var error))
            {
                await Console.Error.WriteLineAsync("chatswarm bot: " + error).ConfigureAwait(false);
                return TranscriptFormatter.ExitBadInput;
            }

            string? junitPath = parseResult.GetValue(junit);
            string? transcriptPath = parseResult.GetValue(transcriptFile);
            if (junitPath is not null && string.IsNullOrWhiteSpace(junitPath) || transcriptPath is not null && string.IsNullOrWhiteSpace(transcriptPath))
            {
                await Console.Error.WriteLineAsync($"chatswarm bot: {(junitPath is not null && string.IsNullOrWhiteSpace(junitPath) ? "--junit" : "--transcript")}: expected a file path").ConfigureAwait(false);
                return TranscriptFormatter.ExitBadInput;
            }

            // A shipped script (bots/…) is also found beside the installed tool, as `chatswarm run` finds profiles.
            string scriptPath = Run.ContentLocator.Resolve(request!.ScriptPath, Environment.CurrentDirectory, AppContext.BaseDirectory);
            if (BotConsoleRun.TryLoad(scriptPath, Console.Error) is not { } loaded)
            {
                return TranscriptFormatter.ExitBadInput;
            }

            request = request with { Environment = Run.EnvironmentValues.Read() };
            if (loaded.CheckInputs(request.Environment, feed: null) is { Count: > 0 } inputErrors)
            {
                foreach (var line in inputErrors)
                {
                    await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
                }

                return TranscriptFormatter.ExitBadInput;
            }

            // Ctrl+C ends the conversation gracefully: the runner still sends chat_session_end and prints the summary.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            SimulatorHost? simulator = null;
            try
            {
                MessagingClientOptions clientOptions;
                if (request.Tenant is { } address)
                {
                    clientOptions = new MessagingClientOptions { BaseAddress = address, TenantUrl = request.TenantUrl!, AppId = request.AppId! };
                }
                else
                {
                    simulator = await SimulatorHost.StartAsync(EmbeddedSimulator(request.Seed), stop.Token).ConfigureAwait(false);
                    clientOptions = new MessagingClientOptions { BaseAddress = simulator.BaseAddress, TenantUrl = simulator.TenantUrl, AppId = simulator.AppId };
                }

                using var client = MessagingClient.Create(clientOptions);
                var run = await BotConsoleRun.RunAsync(loaded, request, client, Console.Out, TimeProvider.System, stop.Token).ConfigureAwait(false);
                return await WriteOutputsAsync(loaded.Name, run, junitPath, transcriptPath).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("chatswarm bot: stopped before the conversation started").ConfigureAwait(false);
                return TranscriptFormatter.ExitFailed;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
                if (simulator is not null)
                {
                    await simulator.DisposeAsync().ConfigureAwait(false);
                }
            }
        });

        return command;
    }

    /// <summary>Writes the --junit and --transcript files; a file that cannot be written is one error line and exit 2.</summary>
    internal static async Task<int> WriteOutputsAsync(string scriptName, BotConsoleResult run, string? junitPath, string? transcriptPath)
    {
        if (junitPath is not null
            && !await TryWriteAsync("--junit", () => JUnitXml.WriteAsync(junitPath, "chatswarm bot " + scriptName, BotJUnit.Build(scriptName, run), CancellationToken.None)).ConfigureAwait(false))
        {
            return TranscriptFormatter.ExitBadInput;
        }

        if (transcriptPath is not null && run.ToTranscript() is { } transcript
            && !await TryWriteAsync("--transcript", () => TranscriptJson.WriteAsync(transcriptPath, transcript, CancellationToken.None)).ConfigureAwait(false))
        {
            return TranscriptFormatter.ExitBadInput;
        }

        return run.ExitCode;
    }

    private static async Task<bool> TryWriteAsync(string option, Func<Task<string>> write)
    {
        try
        {
            await write().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"chatswarm bot: {option}: cannot write the file: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>
    /// A small simulator whose agents follow every reply with a form, a secure form, a file and (once) a case, and never
    /// end the chat themselves, so any shipped script can meet its expectations and end the chat on its own terms.
    /// </summary>
    internal static SimulatorOptions EmbeddedSimulator(int seed) => new()
    {
        Agents = 2,
        Seed = seed,
        PollHold = TimeSpan.FromSeconds(5),
        Behavior = new AgentBehaviorOptions
        {
            IvrDuration = TimeSpan.FromMilliseconds(300),
            ConnectingDuration = TimeSpan.FromMilliseconds(300),
            ThinkTime = DelayDistribution.Uniform(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1500)),
            ExchangesBeforeEnd = 0,
            FormProbability = 1,
            SecureFormProbability = 1,
            FileProbability = 1,
            CaseProbability = 1,
        },
    };
}
