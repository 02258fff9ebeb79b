using Akka.Actor;
using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Supervision;

namespace ChatSwarm.Swarm.Conversations;

/// <summary>
/// Runs one bot conversation for <c>chatswarm bot</c> and tests: a swarm of one. The conversation runs in the same
/// customer actor a load run uses (one long poll, operations in order beside it, 5509 pause, backoff and resume after
/// transient failures, end of chat), with its transcript on, so a bot that passes here behaves the same under load.
/// </summary>
public sealed class ConversationRunner
{
    private readonly IMessagingClient _client;
    private readonly ConversationRunnerOptions _options;

    /// <summary>Creates a runner. Throws <see cref="Configuration.Validation.OptionsValidationException"/> listing every problem when <paramref name="options"/> is invalid.</summary>
    /// <param name="client">The API client.</param>
    /// <param name="options">The settings.</param>
    public ConversationRunner(IMessagingClient client, ConversationRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _options = options;
    }

    /// <summary>Runs a conversation to its end (or the max duration, or cancellation, which end the chat).</summary>
    /// <param name="conversation">Builds the conversation; called again for each incarnation after a restart (it resumes from the chat's history).</param>
    /// <param name="cancellationToken">Ends the chat early; the customer still sends chat_session_end.</param>
    /// <returns>The result.</returns>
    public async Task<ConversationRunResult> RunAsync(Func<IBotConversation> conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var clock = _options.TimeProvider;
        var started = clock.GetTimestamp();
        var metrics = new SwarmMetrics(clock);
        var transcript = new TranscriptRelay(_options.Transcript);
        var factory = new CustomerFactory(
            _ => _options.ClientId,
            seed: 0,
            _client,
            metrics,
            clock,
            new CustomerOptions { MaxSessionDuration = _options.MaxDuration },
            _options.Backoff,
            _ => conversation(),
            new SwarmCounters(),
            transcript);
        var done = new TaskCompletionSource<CustomerJournal>(TaskCreationOptions.RunContinuationsAsynchronously);
        var system = SwarmActorSystem.CreateValidated("bot", _options.ActorSystem, clock, _options.Log);
        var cancelled = false;
        try
        {
            var host = system.ActorOf(Props.Create(() => new ConversationHostActor(factory, new Random(0), done)), "conversation");
            try
            {
                await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The customer ends its chat as a load run's customer does at the end; give it the grace to, then abandon it.
                cancelled = true;
                host.Tell(new ConversationHostActor.EndConversation("run cancelled"), ActorRefs.NoSender);
                await Task.WhenAny(done.Task, Task.Delay(_options.StopGrace, clock, CancellationToken.None)).ConfigureAwait(false);
            }
        }
        finally
        {
            await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }

        var journal = done.Task.IsCompletedSuccessfully ? await done.Task.ConfigureAwait(false) : null;
        return Result(journal, metrics, transcript, cancelled, clock.GetElapsedTime(started));
    }

    private ConversationRunResult Result(CustomerJournal? journal, SwarmMetrics metrics, TranscriptRelay transcript, bool cancelled, TimeSpan elapsed)
    {
        var errors = new List<string>(transcript.Errors);
        if (journal is { End: CustomerEnd.Failed, EndReason: { } failure })
        {
            errors.Add(failure);
        }

        if (cancelled)
        {
            errors.Add("stopped: the run was cancelled");
        }
        else if (journal?.StopReason == CustomerActor.MaxDurationReason)
        {
            errors.Add($"stopped after the max duration of {DurationParser.Format(_options.MaxDuration)}");
        }

        var scriptName = journal?.ScriptName ?? "";
        var counters = new Dictionary<BotCounter, long>();
        foreach (var counter in Enum.GetValues<BotCounter>())
        {
            if (metrics.BotCount(scriptName, counter) is var count and > 0)
            {
                counters[counter] = count;
            }
        }

        return new ConversationRunResult
        {
            ScriptName = scriptName,
            ChatId = journal?.ChatId,
            Outcome = journal?.Outcome,
            Counters = counters,
            Errors = errors,
            Elapsed = elapsed,
        };
    }
}
