using System.CommandLine;
using ChatSwarm.Bots.Running;
using ChatSwarm.Cli.Bot;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cli.Run;
using ChatSwarm.Client;
using ChatSwarm.Configuration.Timing;
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
    /// <summary>Builds the command; <paramref name="context"/> supplies the writers and the stop signals.</summary>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var script = new Argument<string>("SCRIPT") { Description = "The bot script, e.g. bots/greeting-and-question.yaml." };
        var cwd = context.CurrentDirectory;
        var tenant = TypedOption.HttpUrl("--tenant", "The tenant's base URL, e.g. https://yourcompany.brightpattern.com (default: an embedded simulator).", "an absolute http:// or https:// URL such as https://yourcompany.brightpattern.com");
        var tenantUrl = TypedOption.Text("--tenant-url", "The tenantUrl host sent with every request (default: the --tenant host).", TargetOverrides.TenantUrlExpected);
        var appId = TypedOption.Text("--app-id", "The Messaging/Chat scenario entry's unique id (required with --tenant).", TargetOverrides.AppIdExpected);
        var verbose = new Option<bool>("--verbose") { Description = "Also show receipts, typing and widget lifecycle events." };
        var seed = CliDefaults.Seed("Seed for the customer's data and choices (default 1).");
        var timeout = TypedOption.Duration("--timeout", "Longest the conversation may run, e.g. 90s or 5m (default 5m).", CliDefaults.ShortestDuration);
        var caCert = ConnectionArguments.CaCertOption(cwd);
        var insecure = new Option<bool>("--insecure") { Description = "Do not verify the tenant's TLS certificate (self-signed staging only; a warning is printed)." };
        var proxy = ConnectionArguments.ProxyOption();
        var junit = TypedOption.File("--junit", "Also write a JUnit XML test report to FILE: one test case per expectation, one for the conversation.", cwd, "a file path");
        var akkaConfig = AkkaConfigFile.CreateOption(cwd);
        var transcriptFile = TypedOption.File("--transcript", "Also write the whole transcript, outcome and counters as JSON to FILE.", cwd, "a file path");

        var command = new Command("bot", "Run one scripted bot conversation and print its transcript; exit 0 when every expectation held (usable in a chatbot's CI).")
        {
            script, tenant, tenantUrl, appId, verbose, seed, timeout, caCert, insecure, proxy, junit, transcriptFile, akkaConfig,
        };

        command.SetAction((parseResult, _) => ExecuteAsync(
            context,
            parseResult.GetValue(script),
            parseResult.GetValue(tenant),
            parseResult.GetValue(tenantUrl),
            parseResult.GetValue(appId),
            parseResult.GetValue(seed),
            parseResult.GetValue(timeout),
            parseResult.GetValue(verbose),
            new ConnectionArguments(parseResult.GetValue(caCert), parseResult.GetValue(insecure), parseResult.GetValue(proxy)),
            parseResult.GetValue(junit),
            parseResult.GetValue(transcriptFile),
            parseResult.GetValue(akkaConfig)));

        return command;
    }

    private static async Task<int> ExecuteAsync(
        CliContext context, string? script, Uri? tenant, string? tenantUrl, string? appId, int? seed, TimeSpan? timeout, bool verbose, ConnectionArguments connection,
        FileInfo? junitFile, FileInfo? transcriptFile, FileInfo? akkaConfigFile)
    {
        if (!BotRunRequest.TryCreate(script, tenant, tenantUrl, appId, seed, timeout, verbose, out var request, out var error))
        {
            await context.Error.WriteLineAsync("chatswarm bot: " + error).ConfigureAwait(false);
            return TranscriptFormatter.ExitBadInput;
        }

        if (!AkkaConfigFile.TryRead(akkaConfigFile, out var actorSystem, out var akkaError))
        {
            await context.Error.WriteLineAsync("chatswarm bot: " + akkaError).ConfigureAwait(false);
            return TranscriptFormatter.ExitBadInput;
        }

        // A shipped script (bots/…) is also found beside the installed tool, as `chatswarm run` finds profiles.
        var scriptPath = ContentLocator.Resolve(request!.ScriptPath, context.CurrentDirectory, context.BaseDirectory);
        if (BotConsoleRun.TryLoad(scriptPath, context.Error) is not { } loaded)
        {
            return TranscriptFormatter.ExitBadInput;
        }

        request = request with { Environment = EnvironmentValues.Read() };
        if (loaded.CheckInputs(request.Environment, feed: null) is { Count: > 0 } inputErrors)
        {
            foreach (var line in inputErrors)
            {
                await context.Error.WriteLineAsync(line).ConfigureAwait(false);
            }

            return TranscriptFormatter.ExitBadInput;
        }

        MessagingClientOptions? remote = null;
        if (request.Tenant is { } address)
        {
            try
            {
                remote = new MessagingClientOptions { BaseAddress = address, TenantUrl = request.TenantUrl!, AppId = request.AppId! };
                remote.Validate();
            }
            catch (ArgumentException ex)
            {
                await context.Error.WriteLineAsync("chatswarm bot: " + ex.Message).ConfigureAwait(false);
                return TranscriptFormatter.ExitBadInput;
            }

            if (!connection.TryApply(remote, out remote, out var connectionError))
            {
                await context.Error.WriteLineAsync("chatswarm bot: " + connectionError).ConfigureAwait(false);
                return TranscriptFormatter.ExitBadInput;
            }
        }
        else if (connection.Any)
        {
            await context.Error.WriteLineAsync("chatswarm bot: --ca-cert, --insecure and --proxy only apply with --tenant").ConfigureAwait(false);
            return TranscriptFormatter.ExitBadInput;
        }

        if (connection.Insecure)
        {
            await context.Error.WriteLineAsync("chatswarm bot: " + ConnectionArguments.InsecureWarning).ConfigureAwait(false);
        }

        // The first stop signal ends the conversation gracefully (chat_session_end is still sent and the summary
        // printed); a second one stops at once.
        SimulatorHost? simulator = null;
        try
        {
            MessagingClientOptions clientOptions;
            if (remote is not null)
            {
                clientOptions = remote;
            }
            else
            {
                simulator = await SimulatorHost.StartAsync(EmbeddedSimulator(request.Seed), context.StopNow).ConfigureAwait(false);
                clientOptions = new MessagingClientOptions { BaseAddress = simulator.BaseAddress, TenantUrl = simulator.TenantUrl, AppId = simulator.AppId };
            }

            using var client = MessagingClient.Create(clientOptions);
            var run = BotConsoleRun.RunAsync(loaded, request, client, context.Out, TimeProvider.System, actorSystem, context.StopGracefully);
            var stopNow = Task.Delay(Timeout.Infinite, context.StopNow);
            if (await Task.WhenAny(run, stopNow).ConfigureAwait(false) == run)
            {
                return await WriteOutputsAsync(context, loaded.Name, await run.ConfigureAwait(false), junitFile?.FullName, transcriptFile?.FullName).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync($"STOPPED: {loaded.Name} was stopped at once (second stop signal)").ConfigureAwait(false);
            return TranscriptFormatter.ExitFailed;
        }
        catch (OperationCanceledException) when (context.StopGracefully.IsCancellationRequested || context.StopNow.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("chatswarm bot: stopped before the conversation started").ConfigureAwait(false);
            return TranscriptFormatter.ExitFailed;
        }
        finally
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the --junit and --transcript files; a file that cannot be written is one error line and exit 2.</summary>
    internal static async Task<int> WriteOutputsAsync(CliContext context, string scriptName, BotConsoleResult run, string? junitPath, string? transcriptPath)
    {
        if (junitPath is not null
            && !await TryWriteAsync(context, "--junit", () => JUnitXml.WriteAsync(junitPath, "chatswarm bot " + scriptName, BotJUnit.Build(scriptName, run), CancellationToken.None)).ConfigureAwait(false))
        {
            return TranscriptFormatter.ExitBadInput;
        }

        if (transcriptPath is not null && run.ToTranscript() is { } transcript
            && !await TryWriteAsync(context, "--transcript", () => TranscriptJson.WriteAsync(transcriptPath, transcript, CancellationToken.None)).ConfigureAwait(false))
        {
            return TranscriptFormatter.ExitBadInput;
        }

        return run.ExitCode;
    }

    private static async Task<bool> TryWriteAsync(CliContext context, string option, Func<Task<string>> write)
    {
        try
        {
            await write().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"chatswarm bot: {option}: cannot write the file: {ex.Message}").ConfigureAwait(false);
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
