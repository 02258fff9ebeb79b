using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Transcripts;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Conversations;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Cli.Bot;

/// <summary>
/// The body of <c>chatswarm bot</c> once a client exists: runs one conversation of the script, prints the transcript
/// as it happens and a summary, and returns the exit code (0 every expectation held, 1 otherwise). The conversation
/// runs in the swarm's own customer actor (<see cref="ConversationRunner"/>), so it behaves as it would under load.
/// </summary>
internal static class BotConsoleRun
{
    /// <summary>Loads a script for the command; on failure returns null and writes each error line to <paramref name="error"/>.</summary>
    /// <param name="path">The script path.</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <returns>The script, or null (exit code 2).</returns>
    public static BotScript? TryLoad(string path, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return BotScriptLoader.Load(path);
        }
        catch (BotScriptException ex)
        {
            foreach (var line in ex.Errors)
            {
                error.WriteLine(line);
            }

            return null;
        }
    }

    /// <summary>Runs one conversation and prints it.</summary>
    /// <param name="script">The script.</param>
    /// <param name="request">The validated arguments.</param>
    /// <param name="client">The API client (tenant or simulator).</param>
    /// <param name="output">Where the transcript and summary go.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="actorSystem">Akka settings (<c>--akka-config</c>).</param>
    /// <param name="cancellationToken">Stops the run early (the chat is still ended).</param>
    /// <returns>The exit code (0 when every expectation held, 1 otherwise), the result and the full transcript.</returns>
    public static async Task<BotConsoleResult> RunAsync(
        BotScript script, BotRunRequest request, IMessagingClient client, TextWriter output, TimeProvider timeProvider, ActorSystemOptions actorSystem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var startedAt = timeProvider.GetUtcNow();
        var formatter = new TranscriptFormatter(startedAt, request.Verbose);
        var entries = new List<TranscriptEntry>();
        string clientId = $"chatswarm-bot-{request.Seed}-{Guid.NewGuid():N}";
        output.WriteLine($"Running {script.Name} ({script.SourcePath}) against {(request.Tenant is { } tenant ? SafeUrl.Display(tenant) : "the embedded simulator")}, seed {request.Seed}");
        var runner = new ConversationRunner(client, new ConversationRunnerOptions
        {
            // A fresh client id per run, so a previous run's session is never resumed by accident.
            ClientId = clientId,
            MaxDuration = request.Timeout,
            TimeProvider = timeProvider,
            ActorSystem = actorSystem,
            Transcript = entry =>
            {
                // The runner calls this from one conversation at a time; the lock keeps the list safe regardless.
                lock (entries)
                {
                    entries.Add(entry);
                }

                if (formatter.Format(entry) is { } line)
                {
                    output.WriteLine(line);
                }
            },
        });
        var result = await runner.RunAsync(
            () => script.CreateConversation(new BotConversationOptions { Seed = request.Seed, TimeProvider = timeProvider, Environment = request.Environment }),
            cancellationToken).ConfigureAwait(false);
        if (result.ChatId is null && cancellationToken.IsCancellationRequested)
        {
            output.WriteLine($"STOPPED: {script.Name} was cancelled before its chat started");
            return new BotConsoleResult(TranscriptFormatter.ExitFailed, null, Snapshot(entries), startedAt, clientId);
        }

        output.WriteLine(TranscriptFormatter.Summarize(result));
        return new BotConsoleResult(TranscriptFormatter.ExitCodeOf(result), result, Snapshot(entries), startedAt, clientId);
    }

    private static TranscriptEntry[] Snapshot(List<TranscriptEntry> entries)
    {
        lock (entries)
        {
            return [.. entries];
        }
    }
}
